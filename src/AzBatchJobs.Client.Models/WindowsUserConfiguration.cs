using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>Properties used to create a user Account on a Windows Compute Node.</summary>
public sealed class WindowsUserConfiguration
{
    [JsonPropertyName("loginMode")]
    [JsonConverter(typeof(ExtensibleEnumStringConverter<LoginMode>))]
    public string? LoginMode { get; set; }
}
