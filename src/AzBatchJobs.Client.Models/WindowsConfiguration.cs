using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>Windows operating system settings to apply to the virtual machine.</summary>
public sealed class WindowsConfiguration
{
    [JsonPropertyName("enableAutomaticUpdates")]
    public bool? EnableAutomaticUpdates { get; set; }
}
