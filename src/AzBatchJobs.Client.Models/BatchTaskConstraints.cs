using System;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>Execution constraints to apply to a Task.</summary>
public sealed class BatchTaskConstraints
{
    [JsonPropertyName("maxWallClockTime")]
    public TimeSpan? MaxWallClockTime { get; set; }

    [JsonPropertyName("retentionTime")]
    public TimeSpan? RetentionTime { get; set; }

    [JsonPropertyName("maxTaskRetryCount")]
    public int? MaxTaskRetryCount { get; set; }
}
