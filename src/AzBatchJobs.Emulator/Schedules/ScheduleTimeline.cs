namespace AzBatchJobs.Emulator.Schedules;

internal enum ScheduleAction
{
    Wait,
    CreateJob,
    Complete,
}

/// <param name="Action">What the schedule does now.</param>
/// <param name="NextRunTime">executionInfo.nextRunTime after this step; null when no job will be created any more.</param>
/// <param name="WakeAt">When the schedule needs another look if nothing else changes first; null: only a change wakes it.</param>
internal readonly record struct ScheduleStep(ScheduleAction Action, DateTime? NextRunTime, DateTime? WakeAt);

/// <summary>
/// When an active job schedule creates its jobs (the spec's BatchJobScheduleConfiguration):
/// - the first run is due at doNotRunUntil, or at once; a recurring schedule is then due every
///   recurrenceInterval after it (a grid: runs do not drift when a job starts late);
/// - a due run must start within startWindow (default infinite), and never after the next run is due:
///   an opportunity is not carried into the next interval; a missed one is skipped;
/// - at most one job is active: a due run waits for it, inside its window;
/// - no job is created after doNotRunAfter; with no run left the schedule completes once no job is active.
/// </summary>
internal static class ScheduleTimeline
{
    public static ScheduleStep Next(ScheduleTiming timing, DateTime creationTime, DateTime? lastRun, DateTime now, bool jobActive)
    {
        DateTime? due = Deadline(timing, Opportunity(timing, creationTime, lastRun, now));
        if (due is null || now > timing.DoNotRunAfter)
        {
            return NoMoreRuns(jobActive);
        }
        if (due > now)
        {
            return new ScheduleStep(ScheduleAction.Wait, due, due);
        }
        DateTime? closes = WindowEnd(timing, due.Value);
        DateTime? following = timing.RecurrenceInterval is { } interval ? Deadline(timing, Plus(due.Value, interval)) : null;
        if (now >= closes)
        {
            return following is null ? NoMoreRuns(jobActive) : new ScheduleStep(ScheduleAction.Wait, following, following);
        }
        return jobActive
            ? new ScheduleStep(ScheduleAction.Wait, due, closes)
            : new ScheduleStep(ScheduleAction.CreateJob, following, following);
    }

    private static ScheduleStep NoMoreRuns(bool jobActive) =>
        new(jobActive ? ScheduleAction.Wait : ScheduleAction.Complete, null, null);

    // The first run time not used yet: for a recurring schedule, the latest one that is not in the future.
    private static DateTime? Opportunity(ScheduleTiming timing, DateTime creationTime, DateTime? lastRun, DateTime now)
    {
        DateTime anchor = timing.DoNotRunUntil ?? creationTime;
        if (timing.RecurrenceInterval is not { } interval)
        {
            return lastRun is null || anchor > lastRun ? anchor : null;
        }
        long after = lastRun is { } last && last >= anchor ? (last - anchor).Ticks / interval.Ticks + 1 : 0;
        long current = now >= anchor ? (now - anchor).Ticks / interval.Ticks : 0;
        return GridPoint(anchor, interval, Math.Max(after, current));
    }

    private static DateTime? Deadline(ScheduleTiming timing, DateTime? run) => run > timing.DoNotRunAfter ? null : run;

    // Where the chance to start the due run ends: startWindow after it, and at the latest when the next run is due.
    private static DateTime? WindowEnd(ScheduleTiming timing, DateTime due)
    {
        DateTime? byWindow = timing.StartWindow is { } window ? Plus(due, window) : null;
        DateTime? byInterval = timing.RecurrenceInterval is { } interval ? Plus(due, interval) : null;
        return byWindow is null ? byInterval : byInterval is null ? byWindow : Min(byWindow.Value, byInterval.Value);
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private static DateTime? Plus(DateTime time, TimeSpan span) => GridPoint(time, span, 1);

    // anchor + k * interval, or null past the end of time (which never comes).
    private static DateTime? GridPoint(DateTime anchor, TimeSpan interval, long k)
    {
        try
        {
            long ticks = checked(anchor.Ticks + checked(k * interval.Ticks));
            return ticks <= DateTime.MaxValue.Ticks ? new DateTime(ticks, DateTimeKind.Utc) : null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
