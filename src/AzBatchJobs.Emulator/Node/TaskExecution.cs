using System.Text.Json.Nodes;
using AzBatchJobs.Emulator.Http;
using AzBatchJobs.Emulator.Store;

namespace AzBatchJobs.Emulator.Node;

/// <summary>
/// Runs one claimed task to the end on the local node and reports it to the store: preparing ->
/// running (nodeInfo, startTime), resource files, the process, output files, retries
/// (retryCount, lastRetryTime) while maxTaskRetryCount allows, then completed with exitCode,
/// result and failureInfo, and the job action of the task's exitConditions (disable, terminate).
/// When the node kills the process, what is reported follows the <see cref="KillIntent"/>.
/// </summary>
internal sealed class TaskExecution
{
    private readonly BatchStore _store;
    private readonly NodeDirectories _directories;
    private readonly ResourceFileDownloader _downloader;
    private readonly JobPreparationAndRelease _preparation;
    private readonly TaskEnvironmentBuilder _environment;
    private readonly TaskProcessRunner _runner = new();
    private readonly MultiInstanceCoordinator _multiInstance;

    public TaskExecution(BatchStore store, NodeDirectories directories, ResourceFileDownloader downloader, JobPreparationAndRelease preparation,
        TaskEnvironmentBuilder environment)
    {
        _environment = environment;
        _store = store;
        _directories = directories;
        _downloader = downloader;
        _preparation = preparation;
        _multiInstance = new MultiInstanceCoordinator(store, directories, downloader, _runner);
    }

    public async Task RunAsync(JobRecord job, TaskRecord task, RunningTask running)
    {
        TaskRunSpec spec;
        JobRunSpec jobSpec;
        TaskDirectory dir;
        IReadOnlyDictionary<string, string> environment;
        try
        {
            jobSpec = TaskDocReader.ReadJob(job.Doc);
            spec = TaskDocReader.ReadTask(task.Doc);
            dir = _directories.ForTask(job.Id, task.Id);
            TaskDirectory? preparationDir = job.Doc["jobPreparationTask"] is null ? null : _directories.ForJobPreparation(job.Id);
            var identity = new TaskRunIdentity(job.Id, task.Id, jobSpec.PoolId, LocalNodeScheduler.NodeId, dir, preparationDir);
            environment = _environment.Build(identity, jobSpec.CommonEnvironment, spec.Environment);
        }
        catch (ArgumentException e)
        {
            _store.CompleteTask(job.Id, task.Id, null, false, TaskFailureInfo.User(TaskFailureCodes.CommandLaunchFailed, e.Message).ToJson());
            return;
        }

        bool prepared;
        try
        {
            prepared = await _preparation.EnsurePreparedAsync(job, running.KillToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (running.KillToken.IsCancellationRequested)
        {
            ReportKilled(running, null);
            return;
        }
        if (!prepared)
        {
            // The preparation task failed: the task goes back to active and the job runs nothing more here.
            _store.RequeueTask(job.Id, task.Id);
            return;
        }

        if (!_store.SetTaskRunning(job.Id, task.Id, NodeInfo(jobSpec.PoolId, job.Id, task.Id)))
        {
            return;
        }
        int retryCount = (int?)task.Doc["executionInfo"]?["retryCount"] ?? 0;
        int maxRetries = TaskRetryPolicy.EffectiveMaxRetryCount(spec.MaxTaskRetryCount, jobSpec.MaxTaskRetryCount);

        TaskAttemptResult attempt;
        while (true)
        {
            DateTimeOffset start = DateTimeOffset.UtcNow;
            TaskFailureInfo? download;
            try
            {
                dir.Create();
                download = await _downloader.DownloadAllAsync(spec.ResourceFiles, dir.WorkingDir, running.KillToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (running.KillToken.IsCancellationRequested)
            {
                ReportKilled(running, null);
                return;
            }
            if (download is not null)
            {
                attempt = TaskAttemptClassifier.PreProcessingFailed(download, start, DateTimeOffset.UtcNow);
                break;
            }

            IReadOnlyDictionary<string, string> commandEnvironment = environment;
            if (spec.MultiInstance is { } multiInstance)
            {
                TaskAttemptResult? coordination;
                try
                {
                    coordination = await _multiInstance.CoordinateAsync(
                        job.Id, task.Id, jobSpec.PoolId, multiInstance, environment, running.KillToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (running.KillToken.IsCancellationRequested)
                {
                    coordination = null;
                }
                if (running.KillToken.IsCancellationRequested)
                {
                    ReportKilled(running, null);
                    return;
                }
                if (coordination is not null)
                {
                    attempt = coordination;
                    break;
                }
                commandEnvironment = MultiInstanceCoordinator.InstanceEnvironment(environment, dir, multiInstance.NumberOfInstances, 0);
            }

            ProcessRunResult run = await _runner.RunAsync(
                new ProcessLaunchRequest(spec.CommandLine, dir, commandEnvironment, spec.MaxWallClockTime), running.KillToken).ConfigureAwait(false);
            if (run.Reason == ProcessEndReason.Killed)
            {
                ReportKilled(running, run.ExitCode);
                return;
            }
            TaskFailureInfo? upload = run.Reason == ProcessEndReason.LaunchFailed
                ? null
                : UploadOutputs(spec, dir, run.ExitCode, environment);
            if (TaskRetryPolicy.ShouldRetry(run, retryCount, maxRetries))
            {
                retryCount++;
                if (!_store.RecordTaskRetry(job.Id, task.Id, retryCount))
                {
                    return;
                }
                continue;
            }
            attempt = TaskAttemptClassifier.Classify(run, upload);
            break;
        }

        bool completed = _store.CompleteTask(job.Id, task.Id, attempt.ExitCode, attempt.Result == TaskAttemptResult.Success, attempt.FailureInfo?.ToJson());
        if (completed)
        {
            ApplyJobAction(job.Id, spec, jobSpec, attempt);
            if (JobManagerSpec.Read(job.Doc) is { KillJobOnCompletion: true } manager && manager.IsTask(task.Id))
            {
                LocalNodeScheduler.TryJobChange(() => _store.TerminateJob(job.Id, "JMComplete", _ => { }));
            }
        }
    }

    private static TaskFailureInfo? UploadOutputs(TaskRunSpec spec, TaskDirectory dir, int? exitCode, IReadOnlyDictionary<string, string> environment)
    {
        try
        {
            return OutputFileUploader.UploadAll(spec.OutputFiles, dir.WorkingDir, exitCode, environment);
        }
        catch (ArgumentException e)
        {
            return TaskFailureInfo.User(TaskFailureCodes.FileUploadMiscError, e.Message);
        }
    }

    private void ApplyJobAction(string jobId, TaskRunSpec spec, JobRunSpec jobSpec, TaskAttemptResult attempt)
    {
        ExitDecision decision;
        try
        {
            decision = ExitConditionEvaluator.Evaluate(spec.ExitConditions, attempt.ExitOutcome, jobSpec.PerformsExitOptionsJobAction);
        }
        catch (ArgumentException)
        {
            return; // An unknown jobAction value (the REST layer does not check exitConditions): no job action.
        }
        switch (decision.JobAction)
        {
            case JobAction.Terminate:
                LocalNodeScheduler.TryJobChange(() => _store.TerminateJob(jobId, "TaskFailed", _ => { }));
                break;
            case JobAction.Disable:
                LocalNodeScheduler.TryJobChange(() => _store.DisableJob(jobId, "requeue", _ => { }));
                break;
        }
    }

    private void ReportKilled(RunningTask running, int? exitCode)
    {
        switch (running.Intent)
        {
            case KillIntent.Requeue:
                _store.RequeueTask(running.JobId, running.TaskId);
                break;
            case KillIntent.Terminate:
                _store.CompleteTask(running.JobId, running.TaskId, exitCode, false,
                    TaskFailureInfo.User(TaskFailureCodes.TaskEnded, TaskAttemptClassifier.EndedByUserMessage).ToJson());
                break;
        }
    }

    private static JsonObject NodeInfo(string poolId, string jobId, string taskId) => new()
    {
        ["affinityId"] = LocalNodeScheduler.NodeId,
        ["poolId"] = poolId,
        ["nodeId"] = LocalNodeScheduler.NodeId,
        ["taskRootDirectory"] = $"jobs/{jobId}/tasks/{taskId}",
    };
}
