using AzBatchJobs.Emulator.Schedules;

namespace AzBatchJobs.Emulator.Tests.JobSchedules;

/// <summary>The timing rules on their own, at chosen instants.</summary>
public sealed class ScheduleTimelineTests
{
    private static readonly DateTime Created = new(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static ScheduleStep Next(ScheduleTiming timing, DateTime? lastRun, double nowHours, bool jobActive = false) =>
        ScheduleTimeline.Next(timing, Created, lastRun, Created.AddHours(nowHours), jobActive);

    private static ScheduleTiming Hourly(double? windowMinutes = null, DateTime? until = null, DateTime? after = null) =>
        new(until, after, windowMinutes is { } w ? TimeSpan.FromMinutes(w) : null, TimeSpan.FromHours(1));

    [Fact]
    public void Without_times_one_job_is_due_at_once_and_then_the_schedule_completes_when_it_has()
    {
        var timing = new ScheduleTiming(null, null, null, null);
        Assert.Equal(new ScheduleStep(ScheduleAction.CreateJob, null, null), Next(timing, null, 0));
        Assert.Equal(new ScheduleStep(ScheduleAction.Wait, null, null), Next(timing, Created, 5, jobActive: true));
        Assert.Equal(new ScheduleStep(ScheduleAction.Complete, null, null), Next(timing, Created, 5));
    }

    [Fact]
    public void A_single_run_whose_window_passed_is_lost_and_the_schedule_completes()
    {
        var timing = new ScheduleTiming(Created.AddHours(1), null, TimeSpan.FromMinutes(5), null);
        Assert.Equal(new ScheduleStep(ScheduleAction.Wait, Created.AddHours(1), Created.AddHours(1)), Next(timing, null, 0.5));
        Assert.Equal(ScheduleAction.CreateJob, Next(timing, null, 1.05).Action);
        Assert.Equal(ScheduleAction.Complete, Next(timing, null, 1.1).Action);
    }

    [Fact]
    public void Recurring_runs_stay_on_the_grid_of_the_first_even_when_a_job_starts_late()
    {
        var timing = Hourly(until: Created.AddMinutes(30));
        Assert.Equal(new ScheduleStep(ScheduleAction.Wait, Created.AddMinutes(30), Created.AddMinutes(30)), Next(timing, null, 0));
        var late = Created.AddMinutes(30 + 50);
        Assert.Equal(new ScheduleStep(ScheduleAction.CreateJob, Created.AddMinutes(90), Created.AddMinutes(90)), Next(timing, null, 80.0 / 60));
        Assert.Equal(new ScheduleStep(ScheduleAction.Wait, Created.AddMinutes(90), Created.AddMinutes(90)), Next(timing, late, 85.0 / 60));
    }

    [Fact]
    public void A_due_run_waits_for_the_active_job_until_the_next_run_is_due()
    {
        var timing = Hourly();
        Assert.Equal(new ScheduleStep(ScheduleAction.Wait, Created.AddHours(1), Created.AddHours(2)), Next(timing, Created, 1.5, jobActive: true));
        Assert.Equal(new ScheduleStep(ScheduleAction.Wait, Created.AddHours(2), Created.AddHours(3)), Next(timing, Created, 2.5, jobActive: true));
        Assert.Equal(new ScheduleStep(ScheduleAction.CreateJob, Created.AddHours(3), Created.AddHours(3)), Next(timing, Created, 2.5));
    }

    [Fact]
    public void A_start_window_shorter_than_the_interval_skips_a_run_not_started_in_time()
    {
        var timing = Hourly(windowMinutes: 10);
        Assert.Equal(new ScheduleStep(ScheduleAction.Wait, Created.AddHours(1), Created.AddHours(1).AddMinutes(10)), Next(timing, Created, 1.1, jobActive: true));
        Assert.Equal(new ScheduleStep(ScheduleAction.Wait, Created.AddHours(2), Created.AddHours(2)), Next(timing, Created, 1.5));
    }

    [Fact]
    public void Runs_due_after_doNotRunAfter_are_not_made()
    {
        var timing = Hourly(after: Created.AddMinutes(90));
        Assert.Equal(new ScheduleStep(ScheduleAction.CreateJob, null, null), Next(timing, Created, 1.2));
        Assert.Equal(ScheduleAction.Complete, Next(timing, Created.AddHours(1.2), 1.3).Action);
        Assert.Equal(ScheduleAction.Complete, Next(new ScheduleTiming(null, Created.AddMinutes(-1), null, null), null, 0).Action);
    }

    [Fact]
    public void Durations_beyond_timespan_mean_never()
    {
        var timing = new ScheduleTiming(null, null, null, TimeSpan.MaxValue);
        Assert.Equal(new ScheduleStep(ScheduleAction.CreateJob, null, null), Next(timing, null, 0));
        Assert.Equal(ScheduleAction.Complete, Next(timing, Created, 1).Action);
    }
}
