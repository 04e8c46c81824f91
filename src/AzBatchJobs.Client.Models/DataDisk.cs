using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>Settings for a data disk attached to the Compute Nodes of a Pool.</summary>
public sealed class DataDisk
{
    [JsonPropertyName("lun")]
    public int? Lun { get; set; }

    [JsonPropertyName("caching")]
    public CachingType? Caching { get; set; }

    [JsonPropertyName("diskSizeGB")]
    public int? DiskSizeGB { get; set; }

    [JsonPropertyName("managedDisk")]
    public ManagedDisk? ManagedDisk { get; set; }

    [JsonPropertyName("storageAccountType")]
    public StorageAccountType? StorageAccountType { get; set; }
}
