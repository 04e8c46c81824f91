using System.Text.Json.Nodes;
using AzBatchJobs.Emulator.Store;

namespace AzBatchJobs.Emulator.Node;

/// <summary>
/// The job preparation and release tasks on the local node. The preparation task runs once per job
/// before the job's first task starts here (that task waits in the preparing state); with
/// waitForSuccess (the default) a failed preparation sends the task back to active and no task of
/// the job starts on this node again, as the service does. Its retries follow its
/// constraints.maxTaskRetryCount. The release task runs once the job has completed (terminated,
/// all tasks complete, or max wall clock time), only if the preparation task ran; it takes no slot.
/// Both are recorded for the list preparation and release task status API. After an emulator
/// restart the preparation task runs again before the job's next task (rerun after node reboot).
/// </summary>
internal sealed class JobPreparationAndRelease
{
    private readonly BatchStore _store;
    private readonly NodeDirectories _directories;
    private readonly ResourceFileDownloader _downloader;
    private readonly TaskEnvironmentBuilder _environment;
    private readonly TaskProcessRunner _runner = new();
    private readonly object _gate = new();
    private readonly Dictionary<string, Task<bool>> _preparations = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _releases = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Task> _releaseRuns = [];
    private readonly CancellationToken _shutdown;

    /// <param name="shutdown">Cancelled when the emulator stops: running preparation and release processes are killed.</param>
    public JobPreparationAndRelease(BatchStore store, NodeDirectories directories, ResourceFileDownloader downloader,
        TaskEnvironmentBuilder environment, CancellationToken shutdown)
    {
        _store = store;
        _directories = directories;
        _downloader = downloader;
        _environment = environment;
        _shutdown = shutdown;
    }

    /// <summary>True when the job's tasks may run here: no preparation task, or it succeeded (or need not).</summary>
    public async Task<bool> EnsurePreparedAsync(JobRecord job, CancellationToken cancellationToken)
    {
        if (job.Doc["jobPreparationTask"] is not JsonObject preparation)
        {
            return true;
        }
        Task<bool> run;
        lock (_gate)
        {
            if (!_preparations.TryGetValue(job.Id, out run!))
            {
                run = Task.Run(() => RunPreparationAsync(job, preparation));
                _preparations[job.Id] = run;
            }
        }
        bool succeeded = await run.WaitAsync(cancellationToken).ConfigureAwait(false);
        return succeeded || !WaitsForSuccess(preparation);
    }

    /// <summary>The preparation task failed here and the job's tasks must not start on this node.</summary>
    public bool BlocksJob(JobRecord job)
    {
        if (job.Doc["jobPreparationTask"] is not JsonObject preparation || !WaitsForSuccess(preparation))
        {
            return false;
        }
        lock (_gate)
        {
            return _preparations.TryGetValue(job.Id, out Task<bool>? run) && run.IsCompletedSuccessfully && !run.Result;
        }
    }

    /// <summary>
    /// Starts the release task, once, of a job that is terminating or being deleted (the store holds
    /// the job there until the release task completed), when the preparation task ran here.
    /// </summary>
    public void ReleaseIfDue(JobRecord job)
    {
        if (job.State is not ("terminating" or "deleting" or "completed") || job.Doc["jobReleaseTask"] is not JsonObject release)
        {
            return;
        }
        lock (_gate)
        {
            if (_releases.Contains(job.Id))
            {
                return;
            }
            // A release left "running" by a previous run of the emulator is run again, as after a node reboot.
            JsonObject? status = _store.GetPreparationAndReleaseStatus(job.Id);
            if (status?["jobPreparationTaskExecutionInfo"] is null || (string?)status["jobReleaseTaskExecutionInfo"]?["state"] == "completed")
            {
                return;
            }
            _releases.Add(job.Id);
            _releaseRuns.RemoveAll(r => r.IsCompleted);
            _releaseRuns.Add(Task.Run(() => RunReleaseAsync(job, release)));
        }
    }

    public void Forget(string jobId)
    {
        lock (_gate)
        {
            _preparations.Remove(jobId);
            _releases.Remove(jobId);
        }
        _store.DeletePreparationAndReleaseStatus(jobId);
    }

    /// <summary>The preparation and release runs still going (awaited at shutdown, after the shutdown token kills them).</summary>
    public Task[] Pending()
    {
        lock (_gate)
        {
            return _preparations.Values.Cast<Task>().Concat(_releaseRuns).Where(t => !t.IsCompleted).ToArray();
        }
    }

    private static bool WaitsForSuccess(JsonObject preparation) => (bool?)preparation["waitForSuccess"] ?? true;

    private async Task<bool> RunPreparationAsync(JobRecord job, JsonObject preparation)
    {
        var info = new JsonObject
        {
            ["startTime"] = Now(), ["state"] = "running", ["taskRootDirectory"] = $"jobs/{job.Id}/jobpreparation", ["retryCount"] = 0,
        };
        var status = new JsonObject { ["poolId"] = PoolOf(job), ["nodeId"] = LocalNodeScheduler.NodeId, ["jobPreparationTaskExecutionInfo"] = info };
        _store.SavePreparationAndReleaseStatus(job.Id, status);
        TaskAttemptResult attempt;
        try
        {
            attempt = await RunPreparationAttemptsAsync(job, preparation, info, status).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            attempt = CouldNotRun(job, "job preparation task", e);
        }
        Complete(info, attempt);
        _store.SavePreparationAndReleaseStatus(job.Id, status);
        return attempt.Result == TaskAttemptResult.Success;
    }

    private async Task<TaskAttemptResult> RunPreparationAttemptsAsync(JobRecord job, JsonObject preparation, JsonObject info, JsonObject status)
    {
        JobRunSpec jobSpec = TaskDocReader.ReadJob(job.Doc);
        TaskRunSpec spec = TaskDocReader.ReadTask(preparation);
        string taskId = StoredDoc.Text(preparation["id"]) ?? "jobpreparation";
        TaskDirectory dir = _directories.ForJobPreparation(job.Id);
        int maxRetries = TaskRetryPolicy.EffectiveMaxRetryCount(spec.MaxTaskRetryCount, null);
        int retryCount = 0;
        while (true)
        {
            TaskAttemptResult attempt = await RunAttemptAsync(job, jobSpec, taskId, spec, dir, spec.MaxWallClockTime, withPreparationDir: false).ConfigureAwait(false);
            if (!TaskRetryPolicy.ShouldRetry(attempt, retryCount, maxRetries))
            {
                return attempt;
            }
            retryCount++;
            info["retryCount"] = retryCount;
            info["lastRetryTime"] = Now();
            _store.SavePreparationAndReleaseStatus(job.Id, status);
        }
    }

    // The release task always ends: at its maxWallClockTime (15 minutes unless less is given), or at
    // once as failed when the node cannot run it; then the job it holds in terminating or deleting finishes.
    private async Task RunReleaseAsync(JobRecord job, JsonObject release)
    {
        var info = new JsonObject { ["startTime"] = Now(), ["state"] = "running", ["taskRootDirectory"] = $"jobs/{job.Id}/jobrelease" };
        Update(job.Id, status => status["jobReleaseTaskExecutionInfo"] = info.DeepClone());
        TaskAttemptResult attempt;
        try
        {
            JobRunSpec jobSpec = TaskDocReader.ReadJob(job.Doc);
            TaskRunSpec spec = TaskDocReader.ReadTask(release);
            string taskId = StoredDoc.Text(release["id"]) ?? "jobrelease";
            attempt = await RunAttemptAsync(job, jobSpec, taskId, spec, _directories.ForJobRelease(job.Id), ReleaseWallClock(release), withPreparationDir: true)
                .ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            attempt = CouldNotRun(job, "job release task", e);
        }
        Complete(info, attempt);
        Update(job.Id, status => status["jobReleaseTaskExecutionInfo"] = info.DeepClone());
        _store.FinishJobAfterRelease(job.Id);
    }

    /// <summary>The release task's own maxWallClockTime (not under constraints): 15 minutes by default, and never more.</summary>
    public static TimeSpan ReleaseWallClock(JsonObject release)
    {
        TimeSpan limit = TimeSpan.FromMinutes(15);
        return TaskDocReader.Duration(release["maxWallClockTime"]) is { } given && given < limit ? given : limit;
    }

    private static TaskAttemptResult CouldNotRun(JobRecord job, string what, Exception error)
    {
        TaskFailureInfo failure = StoredDocumentCheck.Unexpected(what, error);
        Console.Error.WriteLine($"local node: job {job.Id}: {failure.Message}");
        return TaskAttemptClassifier.PreProcessingFailed(failure, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow);
    }

    private static string PoolOf(JobRecord job) => StoredDoc.Text((job.Doc["poolInfo"] as JsonObject)?["poolId"]) ?? "local-pool";

    private async Task<TaskAttemptResult> RunAttemptAsync(
        JobRecord job, JobRunSpec jobSpec, string taskId, TaskRunSpec spec, TaskDirectory dir, TimeSpan? wallClock, bool withPreparationDir)
    {
        var identity = new TaskRunIdentity(job.Id, taskId, jobSpec.PoolId, LocalNodeScheduler.NodeId, dir,
            withPreparationDir ? _directories.ForJobPreparation(job.Id) : null);
        IReadOnlyDictionary<string, string> environment = _environment.Build(identity, jobSpec.CommonEnvironment, spec.Environment);
        DateTimeOffset start = DateTimeOffset.UtcNow;
        dir.Create();
        TaskFailureInfo? download;
        try
        {
            download = await _downloader.DownloadAllAsync(spec.ResourceFiles, dir.WorkingDir, _shutdown).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_shutdown.IsCancellationRequested)
        {
            download = TaskFailureInfo.User(TaskFailureCodes.TaskEnded, TaskAttemptClassifier.EndedByUserMessage);
        }
        if (download is not null)
        {
            return TaskAttemptClassifier.PreProcessingFailed(download, start, DateTimeOffset.UtcNow);
        }
        ProcessRunResult run = await _runner.RunAsync(new ProcessLaunchRequest(spec.CommandLine, dir, environment, wallClock), _shutdown)
            .ConfigureAwait(false);
        return TaskAttemptClassifier.Classify(run, null);
    }

    private void Update(string jobId, Action<JsonObject> change)
    {
        lock (_gate)
        {
            JsonObject status = _store.GetPreparationAndReleaseStatus(jobId) ?? new JsonObject();
            change(status);
            _store.SavePreparationAndReleaseStatus(jobId, status);
        }
    }

    private static void Complete(JsonObject info, TaskAttemptResult attempt)
    {
        info["state"] = "completed";
        info["endTime"] = Now();
        info["result"] = attempt.Result;
        if (attempt.ExitCode is { } exitCode)
        {
            info["exitCode"] = exitCode;
        }
        if (attempt.FailureInfo is { } failure)
        {
            info["failureInfo"] = failure.ToJson();
        }
    }

    private static string Now() => StoredDoc.Time(DateTime.UtcNow);
}
