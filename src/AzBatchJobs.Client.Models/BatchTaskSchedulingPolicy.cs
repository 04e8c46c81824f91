using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>How Tasks are distributed across Compute Nodes.</summary>
public sealed class BatchTaskSchedulingPolicy
{
    [JsonPropertyName("jobDefaultOrder")]
    [JsonConverter(typeof(ExtensibleEnumStringConverter<BatchJobDefaultOrder>))]
    public string? JobDefaultOrder { get; set; }

    [JsonPropertyName("nodeFillType")]
    [JsonConverter(typeof(ExtensibleEnumStringConverter<BatchNodeFillType>))]
    public string? NodeFillType { get; set; }
}
