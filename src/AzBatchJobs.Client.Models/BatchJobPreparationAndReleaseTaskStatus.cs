using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The status of the Job Preparation and Job Release Tasks on a Compute Node.</summary>
public sealed class BatchJobPreparationAndReleaseTaskStatus
{
    /// <summary>The ID of the Job this object belongs to (set by the client, not on the wire).</summary>
    [JsonIgnore]
    public string? JobId { get; set; }

    [JsonPropertyName("poolId")]
    public string? PoolId { get; set; }

    [JsonPropertyName("nodeId")]
    public string? NodeId { get; set; }

    [JsonPropertyName("nodeUrl")]
    public string? NodeUrl { get; set; }

    [JsonPropertyName("jobPreparationTaskExecutionInfo")]
    public BatchJobPreparationTaskExecutionInfo? JobPreparationTaskExecutionInfo { get; set; }

    [JsonPropertyName("jobReleaseTaskExecutionInfo")]
    public BatchJobReleaseTaskExecutionInfo? JobReleaseTaskExecutionInfo { get; set; }
}
