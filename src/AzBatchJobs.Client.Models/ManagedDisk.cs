using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The managed disk parameters.</summary>
public sealed class ManagedDisk
{
    [JsonPropertyName("diskEncryptionSet")]
    public DiskEncryptionSetParameters? DiskEncryptionSet { get; set; }

    [JsonPropertyName("storageAccountType")]
    [JsonConverter(typeof(ExtensibleEnumStringConverter<StorageAccountType>))]
    public string? StorageAccountType { get; set; }

    [JsonPropertyName("securityProfile")]
    public BatchVmDiskSecurityProfile? SecurityProfile { get; set; }
}
