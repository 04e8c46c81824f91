using System;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs;

/// <summary>The timing parameters of New- and Update-BatchJobSchedule as the schedule the service takes.</summary>
internal static class ScheduleTiming
{
    /// <summary>The schedule made of the given times, or null when none is given.</summary>
    public static BatchJobScheduleConfiguration? ToConfiguration(DateTimeOffset? doNotRunUntil, DateTimeOffset? doNotRunAfter, TimeSpan? startWindow, TimeSpan? recurrenceInterval) =>
        doNotRunUntil is null && doNotRunAfter is null && startWindow is null && recurrenceInterval is null
            ? null
            : new BatchJobScheduleConfiguration
            {
                DoNotRunUntil = doNotRunUntil,
                DoNotRunAfter = doNotRunAfter,
                StartWindow = startWindow,
                RecurrenceInterval = recurrenceInterval,
            };
}
