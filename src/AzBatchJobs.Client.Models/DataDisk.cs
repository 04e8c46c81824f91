using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>Settings for a data disk attached to the Compute Nodes of a Pool.</summary>
public sealed class DataDisk
{
    [JsonPropertyName("lun")]
    public int? Lun { get; set; }

    [JsonPropertyName("caching")]
    [JsonConverter(typeof(ExtensibleEnumStringConverter<CachingType>))]
    public string? Caching { get; set; }

    [JsonPropertyName("diskSizeGB")]
    public int? DiskSizeGB { get; set; }

    [JsonPropertyName("managedDisk")]
    public ManagedDisk? ManagedDisk { get; set; }

    [JsonPropertyName("storageAccountType")]
    [JsonConverter(typeof(ExtensibleEnumStringConverter<StorageAccountType>))]
    public string? StorageAccountType { get; set; }
}
