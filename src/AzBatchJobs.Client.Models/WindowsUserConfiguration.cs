using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>Properties used to create a user Account on a Windows Compute Node.</summary>
public sealed class WindowsUserConfiguration
{
    [JsonPropertyName("loginMode")]
    public LoginMode? LoginMode { get; set; }
}
