using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The security profile settings for a managed disk.</summary>
public sealed class BatchVmDiskSecurityProfile
{
    [JsonPropertyName("securityEncryptionType")]
    public SecurityEncryptionTypes? SecurityEncryptionType { get; set; }
}
