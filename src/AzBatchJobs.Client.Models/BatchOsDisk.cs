using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>Settings for the operating system disk of a compute node.</summary>
public sealed class BatchOsDisk
{
    [JsonPropertyName("ephemeralOSDiskSettings")]
    public BatchDiffDiskSettings? EphemeralOSDiskSettings { get; set; }

    [JsonPropertyName("caching")]
    [JsonConverter(typeof(ExtensibleEnumStringConverter<CachingType>))]
    public string? Caching { get; set; }

    [JsonPropertyName("diskSizeGB")]
    public int? DiskSizeGB { get; set; }

    [JsonPropertyName("managedDisk")]
    public ManagedDisk? ManagedDisk { get; set; }

    [JsonPropertyName("writeAcceleratorEnabled")]
    public bool? WriteAcceleratorEnabled { get; set; }
}
