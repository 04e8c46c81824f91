using System;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The execution constraints for a Job.</summary>
public sealed class BatchJobConstraints
{
    [JsonPropertyName("maxWallClockTime")]
    public TimeSpan? MaxWallClockTime { get; set; }

    [JsonPropertyName("maxTaskRetryCount")]
    public int? MaxTaskRetryCount { get; set; }
}
