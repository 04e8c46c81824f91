using AzBatchJobs.Emulator.Http;
using AzBatchJobs.Emulator.Store;

namespace AzBatchJobs.Emulator.Node;

/// <summary>
/// One scheduling pass of the local node: each job is considered on its own (a job or task the node
/// cannot handle is reported on itself and stops nothing else), then <see cref="SlotScheduler"/>
/// chooses the tasks to start among the candidates gathered.
/// </summary>
internal sealed partial class LocalNodeScheduler
{
    /// <summary>What one scheduling pass gathers from the jobs, before it chooses the tasks to start.</summary>
    private sealed class Pass
    {
        public int Used;
        public bool ExclusiveRunning;
        public Dictionary<string, int> RunningPerJob = [];
        public readonly List<SchedulableJob> Jobs = [];
        public readonly List<SchedulableTask> Candidates = [];
        public readonly Dictionary<string, JobRecord> Claimable = new(StringComparer.OrdinalIgnoreCase);
    }

    private void ScheduleAndEnforceJobLimits()
    {
        var pass = new Pass();
        lock (_gate)
        {
            pass.Used = _running.Values.Sum(r => r.Slots);
            pass.ExclusiveRunning = _running.Values.Any(r => r.Exclusive);
            pass.RunningPerJob = _running.Values.GroupBy(r => r.JobId, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        }
        DateTimeOffset now = DateTimeOffset.UtcNow;
        foreach (JobRecord job in AllJobs())
        {
            try
            {
                ConsiderJob(job, pass, now);
            }
            catch (Exception e) when (!_stop.IsCancellationRequested)
            {
                // One job the node cannot handle does not stop the others; the failure is reported on it.
                ReportJobProblem(job, StoredDocumentCheck.Unexpected("job", e));
            }
        }

        var node = new NodeSlotState(_slots, pass.Used, pass.ExclusiveRunning);
        foreach (SchedulableTask chosen in SlotScheduler.ChooseTasksToStart(node, pass.Jobs, pass.Candidates))
        {
            TaskRecord? claimed = _store.ClaimTask(chosen.JobId, chosen.TaskId);
            if (claimed is not null)
            {
                // An exclusive task holds every slot of the node while it runs.
                StartTask(pass.Claimable[chosen.JobId], claimed, chosen.RunExclusive ? _slots : chosen.RequiredSlots, chosen.RunExclusive);
            }
        }
    }

    private void ConsiderJob(JobRecord job, Pass pass, DateTimeOffset now)
    {
        // Even a job whose document the node cannot run gets its release task run (or failed), so that it can finish.
        _preparation.ReleaseIfDue(job);
        if (job.State != "completed" && StoredDocumentCheck.JobProblem(job.Doc) is { } problem)
        {
            ReportJobProblem(job, problem);
            return;
        }
        JobRunSpec spec = TaskDocReader.ReadJob(job.Doc);
        if (job.State is "active" or "disabled" && WallClockExpired(spec, now))
        {
            TryJobChange(() => _store.TerminateJob(job.Id, "MaxWallClockTimeExpiry", _ => { }));
            return;
        }
        if (job.State != "active")
        {
            return;
        }
        JobManagerSpec? manager = JobManagerSpec.Read(job.Doc);
        if (manager is not null)
        {
            EnsureJobManagerTask(job);
        }
        if (pass.Used >= _slots || _preparation.BlocksJob(job) || ActiveTaskCount(job.Id) == 0)
        {
            return;
        }
        Func<string, DependencyParentState?> parents = ParentLookup(job.Id);
        pass.Jobs.Add(new SchedulableJob(job.Id, spec.Priority, spec.CreationTime.UtcTicks, spec.MaxParallelTasks,
            pass.RunningPerJob.GetValueOrDefault(job.Id)));
        pass.Claimable[job.Id] = job;
        int free = _slots - pass.Used;
        _scan.Scan(job.Id, free, task =>
        {
            if (Candidate(job.Id, task, spec, manager, parents) is not { } candidate)
            {
                return false;
            }
            pass.Candidates.Add(candidate);
            return candidate.DependenciesSatisfied && candidate.RequiredSlots <= free;
        });
    }

    private void ReportJobProblem(JobRecord job, TaskFailureInfo problem)
    {
        try
        {
            if (_store.ReportJobSchedulingError(job.Id, problem.ToJson()))
            {
                Console.Error.WriteLine($"local node: job {job.Id}: {problem.Message}");
            }
        }
        catch (Exception e) when (e is BatchErrorException or InvalidOperationException)
        {
            Console.Error.WriteLine($"local node: job {job.Id}: {problem.Message} (not recorded: {e.Message})");
        }
    }

    // A task whose own document the node cannot run completes as failed, with the reason; a task whose
    // dependencies the node cannot evaluate (a task it depends on is malformed) stays active, as a
    // blocked task does. Neither stops the scheduling of any other task.
    private SchedulableTask? Candidate(
        string jobId, TaskRecord task, JobRunSpec job, JobManagerSpec? manager, Func<string, DependencyParentState?> parents)
    {
        if (StoredDocumentCheck.TaskProblem(task.Doc) is { } problem)
        {
            FailTask(jobId, task.Id, problem);
            return null;
        }
        try
        {
            TaskRunSpec spec = TaskDocReader.ReadTask(task.Doc);
            bool ready = !job.UsesTaskDependencies
                || TaskDependencyEvaluator.Evaluate(spec.DependsOn, parents) == DependencyStatus.Satisfied;
            bool isManager = manager?.IsTask(task.Id) == true;
            // Every instance of a multi-instance task runs on this one node, each in a slot of its own.
            int slots = spec.MultiInstance?.NumberOfInstances ?? spec.RequiredSlots;
            return new SchedulableTask(jobId, task.Id, spec.CreationTime.UtcTicks, slots, ready,
                isManager, isManager && manager!.RunExclusive);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    private void FailTask(string jobId, string taskId, TaskFailureInfo problem)
    {
        if (_store.ClaimTask(jobId, taskId) is not null && _store.CompleteTask(jobId, taskId, null, false, problem.ToJson()))
        {
            Console.Error.WriteLine($"local node: task {jobId}/{taskId}: {problem.Message}");
        }
    }
}
