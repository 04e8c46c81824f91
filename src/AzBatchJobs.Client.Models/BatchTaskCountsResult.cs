using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The Task and TaskSlot counts for a Job.</summary>
public sealed class BatchTaskCountsResult
{
    /// <summary>The ID of the Job this object belongs to (set by the client, not on the wire).</summary>
    [JsonIgnore]
    public string? JobId { get; set; }

    [JsonPropertyName("taskCounts")]
    public BatchTaskCounts? TaskCounts { get; set; }

    [JsonPropertyName("taskSlotCounts")]
    public BatchTaskSlotCounts? TaskSlotCounts { get; set; }
}
