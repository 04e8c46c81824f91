using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>A locality hint used by the Batch service to select a Compute Node on which to start a Task.</summary>
public sealed class BatchAffinityInfo
{
    [JsonPropertyName("affinityId")]
    public string? AffinityId { get; set; }
}
