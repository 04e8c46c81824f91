using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>Settings of a host endpoint.</summary>
public sealed class HostEndpointSettings
{
    [JsonPropertyName("inVMAccessControlProfileReferenceId")]
    public string? InVMAccessControlProfileReferenceId { get; set; }

    [JsonPropertyName("mode")]
    [JsonConverter(typeof(ExtensibleEnumStringConverter<HostEndpointSettingsModeTypes>))]
    public string? Mode { get; set; }
}
