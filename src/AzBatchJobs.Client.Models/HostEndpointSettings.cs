using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>Settings of a host endpoint.</summary>
public sealed class HostEndpointSettings
{
    [JsonPropertyName("inVMAccessControlProfileReferenceId")]
    public string? InVMAccessControlProfileReferenceId { get; set; }

    [JsonPropertyName("mode")]
    public HostEndpointSettingsModeTypes? Mode { get; set; }
}
