using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The security profile settings for a managed disk.</summary>
public sealed class BatchVmDiskSecurityProfile
{
    [JsonPropertyName("securityEncryptionType")]
    [JsonConverter(typeof(ExtensibleEnumStringConverter<SecurityEncryptionTypes>))]
    public string? SecurityEncryptionType { get; set; }
}
