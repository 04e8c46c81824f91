using AzBatchJobs.Emulator.Node;
using Xunit;

namespace AzBatchJobs.Emulator.Tests.Node;

public sealed class SlotSchedulerTests
{
    private static SchedulableJob Job(string id, int priority = 0, long sequence = 0, int maxParallel = -1, int running = 0) =>
        new(id, priority, sequence, maxParallel, running);

    private static SchedulableTask Task(string job, string id, long sequence, int slots = 1, bool ready = true) =>
        new(job, id, sequence, slots, ready);

    private static string[] Choose(NodeSlotState node, IEnumerable<SchedulableJob> jobs, IEnumerable<SchedulableTask> tasks) =>
        SlotScheduler.ChooseTasksToStart(node, jobs, tasks).Select(t => t.TaskId).ToArray();

    [Fact]
    public void Higher_priority_jobs_go_first_then_creation_order()
    {
        string[] chosen = Choose(new NodeSlotState(3, 0, false),
            [Job("low", priority: -5, sequence: 1), Job("high", priority: 100, sequence: 2), Job("mid", priority: 0, sequence: 3)],
            [Task("low", "l1", 1), Task("mid", "m1", 1), Task("high", "h2", 2), Task("high", "h1", 1)]);

        Assert.Equal(["h1", "h2", "m1"], chosen);
    }

    [Fact]
    public void Required_slots_must_fit_and_smaller_tasks_fill_the_rest()
    {
        string[] chosen = Choose(new NodeSlotState(4, 1, false), [Job("j")],
            [Task("j", "big", 1, slots: 4), Task("j", "two", 2, slots: 2), Task("j", "one", 3), Task("j", "another", 4)]);

        Assert.Equal(["two", "one"], chosen);
    }

    [Fact]
    public void Max_parallel_tasks_counts_running_tasks_of_the_job()
    {
        string[] chosen = Choose(new NodeSlotState(8, 1, false), [Job("j", maxParallel: 2, running: 1), Job("k", sequence: 1)],
            [Task("j", "j1", 1), Task("j", "j2", 2), Task("k", "k1", 1)]);

        Assert.Equal(["j1", "k1"], chosen);
    }

    [Fact]
    public void Unsatisfied_dependencies_and_zero_slots_start_nothing()
    {
        Assert.Empty(Choose(new NodeSlotState(4, 0, false), [Job("j")], [Task("j", "t", 1, ready: false)]));
        Assert.Empty(Choose(new NodeSlotState(0, 0, false), [Job("j")], [Task("j", "t", 1)]));
    }

    [Fact]
    public void The_job_manager_goes_first_and_an_exclusive_one_needs_an_idle_node_and_blocks_others()
    {
        var manager = new SchedulableTask("j", "manager", 9, 1, true, IsJobManager: true, RunExclusive: true);
        SchedulableTask worker = Task("j", "w", 1);

        Assert.Empty(Choose(new NodeSlotState(4, 1, false), [Job("j")], [manager]));
        Assert.Equal(["manager"], Choose(new NodeSlotState(4, 0, false), [Job("j")], [worker, manager]));
        Assert.Empty(Choose(new NodeSlotState(4, 1, true), [Job("j")], [worker]));

        var sharedManager = manager with { RunExclusive = false };
        Assert.Equal(["manager", "w"], Choose(new NodeSlotState(4, 0, false), [Job("j")], [worker, sharedManager]));
    }
}
