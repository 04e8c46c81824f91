using System;
using System.Collections.Generic;
using System.Linq;

namespace AzBatchJobs.Emulator.Node;

/// <summary>The node's slots now: how many there are, how many running tasks hold, and whether an exclusive task runs.</summary>
internal sealed record NodeSlotState(int TotalSlots, int UsedSlots, bool ExclusiveTaskRunning);

/// <summary>An active job as the scheduler sees it (the caller leaves out jobs that are not active).</summary>
/// <param name="Sequence">Creation order of the job (earlier first among equal priorities).</param>
/// <param name="MaxParallelTasks">At most this many tasks of the job run at once; -1 means without limit.</param>
/// <param name="RunningTasks">Tasks of the job running (or preparing) now.</param>
internal sealed record SchedulableJob(string JobId, int Priority, long Sequence, int MaxParallelTasks, int RunningTasks);

/// <summary>An active task as the scheduler sees it.</summary>
/// <param name="Sequence">Creation order of the task within its job (earlier first).</param>
/// <param name="DependenciesSatisfied">The task's dependencies let it run (see <see cref="TaskDependencyEvaluator"/>).</param>
internal sealed record SchedulableTask(
    string JobId,
    string TaskId,
    long Sequence,
    int RequiredSlots,
    bool DependenciesSatisfied,
    bool IsJobManager = false,
    bool RunExclusive = false);

/// <summary>
/// Chooses which active tasks start now on the local node. Jobs go by priority (higher first),
/// then creation order; within a job the job manager task goes first, then tasks in creation order.
/// A task starts when its dependencies are satisfied, its job is below
/// maxParallelTasks and its requiredSlots fit in the free slots; a task that does not fit is
/// skipped and smaller ones behind it may start. A job manager task with runExclusive starts only
/// on an idle node and then nothing else starts until it ends.
/// </summary>
internal static class SlotScheduler
{
    public static IReadOnlyList<SchedulableTask> ChooseTasksToStart(
        NodeSlotState node, IEnumerable<SchedulableJob> jobs, IEnumerable<SchedulableTask> candidates)
    {
        var chosen = new List<SchedulableTask>();
        if (node.ExclusiveTaskRunning)
        {
            return chosen;
        }
        var jobsById = jobs.ToDictionary(j => j.JobId, StringComparer.OrdinalIgnoreCase);
        var startedPerJob = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        int freeSlots = node.TotalSlots - node.UsedSlots;

        IEnumerable<SchedulableTask> ordered = candidates
            .Where(t => jobsById.ContainsKey(t.JobId))
            .OrderByDescending(t => jobsById[t.JobId].Priority)
            .ThenBy(t => jobsById[t.JobId].Sequence)
            .ThenByDescending(t => t.IsJobManager)
            .ThenBy(t => t.Sequence);

        foreach (SchedulableTask task in ordered)
        {
            SchedulableJob job = jobsById[task.JobId];
            if (!task.DependenciesSatisfied)
            {
                continue;
            }
            int started = startedPerJob.GetValueOrDefault(job.JobId);
            if (job.MaxParallelTasks >= 0 && job.RunningTasks + started >= job.MaxParallelTasks)
            {
                continue;
            }
            if (task.RunExclusive)
            {
                if (node.UsedSlots == 0 && chosen.Count == 0 && node.TotalSlots > 0)
                {
                    chosen.Add(task);
                    return chosen;
                }
                continue;
            }
            if (task.RequiredSlots > freeSlots)
            {
                continue;
            }
            chosen.Add(task);
            freeSlots -= task.RequiredSlots;
            startedPerJob[job.JobId] = started + 1;
        }
        return chosen;
    }
}
