using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The TaskSlot counts for a Job.</summary>
public sealed class BatchTaskSlotCounts
{
    [JsonPropertyName("active")]
    public int? Active { get; set; }

    [JsonPropertyName("running")]
    public int? Running { get; set; }

    [JsonPropertyName("completed")]
    public int? Completed { get; set; }

    [JsonPropertyName("succeeded")]
    public int? Succeeded { get; set; }

    [JsonPropertyName("failed")]
    public int? Failed { get; set; }
}
