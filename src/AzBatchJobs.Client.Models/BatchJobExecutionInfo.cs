using System;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>Information about the execution of a Job.</summary>
public sealed class BatchJobExecutionInfo
{
    [JsonPropertyName("startTime")]
    public DateTimeOffset? StartTime { get; set; }

    [JsonPropertyName("endTime")]
    public DateTimeOffset? EndTime { get; set; }

    [JsonPropertyName("poolId")]
    public string? PoolId { get; set; }

    [JsonPropertyName("schedulingError")]
    public BatchJobSchedulingError? SchedulingError { get; set; }

    [JsonPropertyName("terminateReason")]
    public string? TerminateReason { get; set; }
}
