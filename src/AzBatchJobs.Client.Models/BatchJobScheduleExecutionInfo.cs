using System;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The Jobs that have run, and will run, under a Job Schedule.</summary>
public sealed class BatchJobScheduleExecutionInfo
{
    /// <summary>When the next Job is due; a disabled schedule creates none until enabled.</summary>
    [JsonPropertyName("nextRunTime")]
    public DateTimeOffset? NextRunTime { get; set; }

    /// <summary>The most recent Job created under the schedule, if any.</summary>
    [JsonPropertyName("recentJob")]
    public RecentBatchJob? RecentJob { get; set; }

    /// <summary>When the schedule completed (only in the completed state).</summary>
    [JsonPropertyName("endTime")]
    public DateTimeOffset? EndTime { get; set; }
}
