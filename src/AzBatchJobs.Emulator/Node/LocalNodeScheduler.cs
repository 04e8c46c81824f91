using System.Text.Json.Nodes;
using AzBatchJobs.Emulator.Http;
using AzBatchJobs.Emulator.Store;

namespace AzBatchJobs.Emulator.Node;

/// <summary>
/// The emulator's one local compute node: every poolId is served by it. It watches the store
/// (woken by <see cref="BatchStore.Changed"/>, and at least every half second for time limits),
/// chooses tasks to start with <see cref="SlotScheduler"/> (slots, job priority, maxParallelTasks,
/// dependencies), runs each as a process (<see cref="TaskExecution"/>), and stops processes whose
/// task was terminated, deleted, requeued by a disable, or whose job is terminating or deleting.
/// With zero slots it accepts tasks but runs none. On start, tasks left preparing or running by a
/// previous run (their process was lost in a crash) are requeued, as after a node reboot.
/// </summary>
internal sealed partial class LocalNodeScheduler : IAsyncDisposable
{
    public const string NodeId = "local-node";
    private const int PageSize = 1000;
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);

    private readonly BatchStore _store;
    private readonly int _slots;
    private readonly TaskExecution _execution;
    private readonly JobPreparationAndRelease _preparation;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _deletedJobs = new();
    private readonly HashSet<string> _managersAdded = new(StringComparer.OrdinalIgnoreCase);
    private readonly ActiveTaskScan _scan;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromMinutes(2) };
    private readonly object _gate = new();
    private readonly Dictionary<string, RunningTask> _running = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _signal = new(0, 1);
    private readonly CancellationTokenSource _stop = new();
    private int _pending;
    private Task? _loop;

    /// <param name="passEnvironment">Names of the emulator's environment variables that tasks get too (--pass-env).</param>
    public LocalNodeScheduler(BatchStore store, int slots, IEnumerable<string>? passEnvironment = null)
    {
        if (slots < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(slots), slots, "slots: must be 0 or more.");
        }
        _store = store;
        _slots = slots;
        var directories = new NodeDirectories(store.FilesRoot);
        Directory.CreateDirectory(directories.SharedDir);
        var downloader = new ResourceFileDownloader(_http);
        var environment = new TaskEnvironmentBuilder(directories, HostEnvironment.Capture(passEnvironment ?? []));
        _preparation = new JobPreparationAndRelease(store, directories, downloader, environment, _stop.Token);
        _execution = new TaskExecution(store, directories, downloader, _preparation, environment);
        _scan = new ActiveTaskScan(store, slots);
    }

    public int Slots => _slots;

    public void Start()
    {
        _store.PrepareNodeTables();
        RequeueLostTasks();
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
        Task[] executions;
        lock (_gate)
        {
            foreach (RunningTask running in _running.Values)
            {
                running.Stop(KillIntent.Shutdown);
            }
            executions = _running.Values.Select(r => r.Execution).ToArray();
        }
        // Left running in the store: the next start requeues them, as after a node reboot.
        await Task.WhenAll(executions).ConfigureAwait(false);
        try
        {
            await Task.WhenAll(_preparation.Pending()).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // Killed by the shutdown; their status may stay "running", as after a node reboot.
            Console.Error.WriteLine($"local node: a preparation or release task ended with an error at shutdown: {e.Message}");
        }
        _http.Dispose();
        _stop.Dispose();
        _signal.Dispose();
    }

    private void OnStoreChanged(StoreChange change)
    {
        if (change.Kind == StoreChangeKind.JobDeleted)
        {
            _deletedJobs.Enqueue(change.JobId);
        }
        Wake();
    }

    private void Wake()
    {
        if (Interlocked.Exchange(ref _pending, 1) == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await _signal.WaitAsync(Poll, _stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            Interlocked.Exchange(ref _pending, 0);
            while (_deletedJobs.TryDequeue(out string? deleted))
            {
                _preparation.Forget(deleted);
                _managersAdded.Remove(deleted); // A new job of the same id gets its own manager task.
                _scan.Forget(deleted);
            }
            try
            {
                StopTasksThatMustEnd();
                ScheduleAndEnforceJobLimits();
            }
            catch (Exception e) when (!_stop.IsCancellationRequested)
            {
                // Keep the node alive; the next change or poll tries again.
                Console.Error.WriteLine($"local node: scheduling pass failed: {e.GetType().Name}: {e.Message}");
            }
        }
    }

    private void RequeueLostTasks()
    {
        foreach (JobRecord job in AllJobs())
        {
            foreach (TaskRecord task in AllTasks(job.Id))
            {
                if (task.State is "preparing" or "running")
                {
                    _store.RequeueTask(job.Id, task.Id);
                }
            }
        }
    }

    private void StopTasksThatMustEnd()
    {
        RunningTask[] running;
        lock (_gate)
        {
            running = _running.Values.Where(r => r.Intent == KillIntent.None).ToArray();
        }
        foreach (RunningTask task in running)
        {
            KillIntent intent = DecideIntent(task);
            if (intent != KillIntent.None)
            {
                task.Stop(intent);
            }
        }
    }

    private KillIntent DecideIntent(RunningTask running)
    {
        JobRecord job;
        TaskRecord task;
        try
        {
            job = _store.GetJob(running.JobId);
            task = _store.GetTask(running.JobId, running.TaskId);
        }
        catch (BatchErrorException error) when (error.Status == 404)
        {
            return KillIntent.Abandon;
        }
        if (task.State is not ("preparing" or "running"))
        {
            return KillIntent.Abandon;
        }
        return job.State switch
        {
            "terminating" or "deleting" => KillIntent.Terminate,
            "disabling" => StoredDoc.Text(job.Doc["disableTasks"])?.ToLowerInvariant() switch
            {
                "requeue" => KillIntent.Requeue,
                "terminate" => KillIntent.Terminate,
                _ => KillIntent.None,
            },
            _ => KillIntent.None,
        };
    }

    // The job manager task is a task of the job; the node adds it when it first sees the job.
    private void EnsureJobManagerTask(JobRecord job)
    {
        if (!_managersAdded.Add(job.Id) || job.Doc["jobManagerTask"] is not JsonObject manager)
        {
            return;
        }
        try
        {
            JsonObject doc = Api.TaskDocuments.FromCreate((JsonObject)manager.DeepClone(), job);
            _store.AddTasks(job.Id, [doc]);
        }
        catch (BatchErrorException)
        {
            // The job stopped taking tasks meanwhile, or the manager's properties are not valid as a task.
        }
    }

    private void StartTask(JobRecord job, TaskRecord task, int slots, bool exclusive)
    {
        var running = new RunningTask(job.Id, task.Id, slots, exclusive);
        lock (_gate)
        {
            _running[running.Key] = running;
            running.Execution = Task.Run(async () =>
            {
                try
                {
                    await _execution.RunAsync(job, task, running).ConfigureAwait(false);
                }
                catch (Exception e)
                {
                    // At shutdown the task stays running in the store and is requeued at the next start.
                    if (!_stop.IsCancellationRequested)
                    {
                        ReportNodeFailure(job.Id, task.Id, e);
                    }
                }
                finally
                {
                    lock (_gate)
                    {
                        _running.Remove(running.Key);
                    }
                    Wake();
                }
            });
        }
    }

    // An unexpected error of the node itself (not of the task): the task completes as a server error.
    private void ReportNodeFailure(string jobId, string taskId, Exception error)
    {
        try
        {
            _store.CompleteTask(jobId, taskId, null, false,
                TaskFailureInfo.Server("Unknown", $"The local node failed to run the task: {error.GetType().Name}: {error.Message}").ToJson());
        }
        catch (Exception e) when (e is BatchErrorException or ObjectDisposedException or InvalidOperationException)
        {
            Console.Error.WriteLine($"local node: task {jobId}/{taskId} failed and could not be reported: {e.Message}");
        }
    }

    private static bool WallClockExpired(JobRunSpec job, DateTimeOffset now) =>
        job.MaxWallClockTime is { } limit && now - job.CreationTime > limit;

    // Reads the tasks depended on as they are asked for, once per pass.
    private Func<string, DependencyParentState?> ParentLookup(string jobId)
    {
        var seen = new Dictionary<string, DependencyParentState?>(StringComparer.OrdinalIgnoreCase);
        return id =>
        {
            if (!seen.TryGetValue(id, out DependencyParentState? state))
            {
                state = ReadParent(jobId, id);
                seen[id] = state;
            }
            return state;
        };
    }

    private DependencyParentState? ReadParent(string jobId, string taskId)
    {
        TaskRecord parent;
        try
        {
            parent = _store.GetTask(jobId, taskId);
        }
        catch (BatchErrorException error) when (error.Status == 404)
        {
            return null;
        }
        if (parent.State != "completed")
        {
            return new DependencyParentState(false, false);
        }
        ExitDecision decision = ExitConditionEvaluator.Evaluate(
            TaskDocReader.ReadTask(parent.Doc).ExitConditions, TaskDocReader.CompletedOutcome(parent.Doc), jobPerformsExitOptionsJobAction: false);
        return new DependencyParentState(true, decision.DependencyAction == DependencyAction.Satisfy);
    }

    internal static void TryJobChange(Action change)
    {
        try
        {
            change();
        }
        catch (BatchErrorException error) when (error.Status is 404 or 409)
        {
            // The job is already finishing, finished or gone: the action no longer applies.
        }
    }

    private long ActiveTaskCount(string jobId)
    {
        try
        {
            return _store.GetTaskCounts(jobId).Active;
        }
        catch (BatchErrorException error) when (error.Status == 404)
        {
            return 0;
        }
    }

    private IEnumerable<JobRecord> AllJobs()
    {
        string after = string.Empty;
        while (true)
        {
            IReadOnlyList<JobRecord> page = _store.ListJobs(after, PageSize);
            foreach (JobRecord job in page)
            {
                yield return job;
            }
            if (page.Count < PageSize)
            {
                yield break;
            }
            after = page[^1].Key;
        }
    }

    private IReadOnlyList<TaskRecord> AllTasks(string jobId)
    {
        var tasks = new List<TaskRecord>();
        string after = string.Empty;
        try
        {
            while (true)
            {
                IReadOnlyList<TaskRecord> page = _store.ListTasks(jobId, after, PageSize);
                tasks.AddRange(page);
                if (page.Count < PageSize)
                {
                    return tasks;
                }
                after = page[^1].Key;
            }
        }
        catch (BatchErrorException error) when (error.Status == 404)
        {
            return tasks;
        }
    }
}
