using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The managed disk parameters.</summary>
public sealed class ManagedDisk
{
    [JsonPropertyName("diskEncryptionSet")]
    public DiskEncryptionSetParameters? DiskEncryptionSet { get; set; }

    [JsonPropertyName("storageAccountType")]
    public StorageAccountType? StorageAccountType { get; set; }

    [JsonPropertyName("securityProfile")]
    public BatchVmDiskSecurityProfile? SecurityProfile { get; set; }
}
