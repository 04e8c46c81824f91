using System.Text.Json.Nodes;
using System.Threading.Channels;
using AzBatchJobs.Emulator.Api;
using AzBatchJobs.Emulator.Http;
using AzBatchJobs.Emulator.Node;
using AzBatchJobs.Emulator.Store;

namespace AzBatchJobs.Emulator.Schedules;

/// <summary>
/// Runs the job schedules: creates each job when it is due (<see cref="ScheduleTimeline"/>), completes
/// schedules with no run left, terminates the active job of a terminating schedule, and deletes the
/// jobs of a schedule being deleted. It looks at a schedule when the schedule changes (the operations
/// call <see cref="Refresh"/>), when one of its jobs or their tasks change, and when a schedule
/// is next due by the clock (EmulatorOptions.Clock): a test that advances a fake clock sees the job at once.
/// </summary>
internal sealed class JobScheduleRunner : IAsyncDisposable
{
    private const int PageSize = 1000;
    private static readonly TimeSpan LongestSleep = TimeSpan.FromHours(1);

    private readonly BatchStore _store;
    private readonly TimeProvider _clock;
    // At most one wake-up waits: more while one is pending add nothing.
    private readonly Channel<bool> _wakeUps = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;

    public JobScheduleRunner(BatchStore store, TimeProvider clock)
    {
        _store = store;
        _clock = clock;
    }

    public DateTime Now => _clock.GetUtcNow().UtcDateTime;

    public void Start()
    {
        _store.Changed += OnStoreChanged;
        _loop = Task.Run(LoopAsync);
    }

    public async ValueTask DisposeAsync()
    {
        _store.Changed -= OnStoreChanged;
        _stop.Cancel();
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(false);
        }
        _stop.Dispose();
    }

    /// <summary>After a client changed the schedule: bring it up to date now, and replan the next wake-up.</summary>
    public void Refresh(string jobScheduleId)
    {
        Advance(jobScheduleId);
        Wake();
    }

    private void OnStoreChanged(StoreChange change)
    {
        // Only jobs made by a schedule have a ':' in their id. A task change can end its job (the last
        // running task of a terminating job completes), so every change to such a job counts.
        if (change.JobId.Contains(':'))
        {
            Wake();
        }
    }

    private void Wake() => _wakeUps.Writer.TryWrite(true);

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            DateTime? wake = null;
            try
            {
                wake = AdvanceAll();
            }
            catch (Exception e) when (!_stop.IsCancellationRequested)
            {
                // Keep running: the next change or the hourly look tries again.
                Console.Error.WriteLine($"job schedules: pass failed: {e.GetType().Name}: {e.Message}");
            }
            using var round = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
            Task woken = _wakeUps.Reader.ReadAsync(round.Token).AsTask();
            Task due = Task.Delay(SleepUntil(wake), _clock, round.Token);
            // The clock may have moved past the wake-up between reading it and starting the timer.
            if (!(wake <= Now))
            {
                await Task.WhenAny(woken, due).ConfigureAwait(false);
            }
            round.Cancel();
            try
            {
                await Task.WhenAll(woken, due).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The wait that did not end first, or the emulator stopping.
            }
        }
    }

    private TimeSpan SleepUntil(DateTime? wake)
    {
        TimeSpan sleep = wake is { } time ? time - Now : LongestSleep;
        return sleep < TimeSpan.Zero ? TimeSpan.Zero : sleep > LongestSleep ? LongestSleep : sleep;
    }

    private DateTime? AdvanceAll()
    {
        DateTime? earliest = null;
        string after = string.Empty;
        IReadOnlyList<JobScheduleRecord> page;
        do
        {
            page = _store.ListJobSchedules(after, PageSize);
            foreach (JobScheduleRecord schedule in page)
            {
                after = schedule.Key;
                if (schedule.State is "active" or "terminating" or "deleting")
                {
                    try
                    {
                        if (Advance(schedule.Id) is { } wake && (earliest is null || wake < earliest))
                        {
                            earliest = wake;
                        }
                    }
                    catch (Exception e) when (!_stop.IsCancellationRequested)
                    {
                        // Keep the other schedules running; the next pass tries this one again.
                        Console.Error.WriteLine($"job schedules: {schedule.Id} could not advance: {e.GetType().Name}: {e.Message}");
                    }
                }
            }
        }
        while (page.Count == PageSize);
        return earliest;
    }

    /// <summary>Brings one schedule up to date; returns when it next wants a look by the clock.</summary>
    private DateTime? Advance(string jobScheduleId)
    {
        JobScheduleRecord schedule;
        try
        {
            schedule = _store.GetJobSchedule(jobScheduleId);
        }
        catch (BatchErrorException error) when (error.Status == 404)
        {
            return null;
        }
        DateTime now = Now;
        switch (schedule.State)
        {
            case "active":
                return _store.AdvanceActiveJobSchedule(schedule.Key, now, (current, jobActive) => ScheduleTimeline.Next(
                    ScheduleTiming.Read(current.Doc["schedule"] as JsonObject),
                    ScheduleTiming.ParseTime((string?)current.Doc["creationTime"]) ?? now,
                    current.LastRun, now, jobActive), JobScheduleDocuments.NewJob);
            case "terminating":
                if (_store.ActiveJobOf(schedule.Key) is { State: not "terminating" } active)
                {
                    LocalNodeScheduler.TryJobChange(() => _store.TerminateJob(active.Id, null, _ => { }));
                }
                _store.CompleteTerminatedJobSchedule(schedule.Key, now);
                return null;
            case "deleting":
                foreach (JobRecord job in JobsOf(schedule.Key).Where(j => j.State != "deleting"))
                {
                    LocalNodeScheduler.TryJobChange(() => _store.DeleteJob(job.Id, _ => { }));
                }
                _store.RemoveDeletedJobSchedule(schedule.Key);
                return null;
            default:
                return null;
        }
    }

    private List<JobRecord> JobsOf(string scheduleKey)
    {
        var jobs = new List<JobRecord>();
        IReadOnlyList<JobRecord> page;
        do
        {
            page = _store.ListJobsOfSchedule(scheduleKey, jobs.Count == 0 ? string.Empty : jobs[^1].Key, PageSize);
            jobs.AddRange(page);
        }
        while (page.Count == PageSize);
        return jobs;
    }
}
