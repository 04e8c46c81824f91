using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>How Tasks are distributed across Compute Nodes.</summary>
public sealed class BatchTaskSchedulingPolicy
{
    [JsonPropertyName("jobDefaultOrder")]
    public BatchJobDefaultOrder? JobDefaultOrder { get; set; }

    [JsonPropertyName("nodeFillType")]
    public BatchNodeFillType? NodeFillType { get; set; }
}
