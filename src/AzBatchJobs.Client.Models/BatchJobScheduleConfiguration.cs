using System;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>
/// When a Job Schedule creates Jobs; all times are UTC. Every property is optional: with none, one
/// Job is created at once. A recurring schedule has at most one active Job; a run that cannot start
/// within <see cref="StartWindow"/> (or before the next run is due) is skipped.
/// </summary>
public sealed class BatchJobScheduleConfiguration
{
    /// <summary>The earliest time a Job may be created; unset means at once.</summary>
    [JsonPropertyName("doNotRunUntil")]
    public DateTimeOffset? DoNotRunUntil { get; set; }

    /// <summary>No Job is created after this time; the schedule then completes once no Job is active.</summary>
    [JsonPropertyName("doNotRunAfter")]
    public DateTimeOffset? DoNotRunAfter { get; set; }

    /// <summary>How long after a run is due its Job may still be created; unset is infinite; at least 1 minute.</summary>
    [JsonPropertyName("startWindow")]
    public TimeSpan? StartWindow { get; set; }

    /// <summary>The time between the starts of two successive runs; unset means one Job only; at least 1 minute.</summary>
    [JsonPropertyName("recurrenceInterval")]
    public TimeSpan? RecurrenceInterval { get; set; }
}
