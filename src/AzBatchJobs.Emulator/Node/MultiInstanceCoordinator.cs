using System.Text.Json.Nodes;
using AzBatchJobs.Emulator.Store;

namespace AzBatchJobs.Emulator.Node;

/// <summary>
/// Runs a multi-instance task's instances on the local node: the common resource files are
/// downloaded into the task directory (AZ_BATCH_TASK_SHARED_DIR), then every instance runs the
/// coordination command line at once, subtask 0 (the primary) in the task directory and subtasks
/// 1..n-1 in <c>subtasks/&lt;n&gt;/</c>; when all succeeded the caller runs the primary's command line.
/// Subtasks 1..n-1 are recorded for the list subtasks API. Each instance also sees
/// AZ_BATCH_IS_CURRENT_NODE_MASTER, AZ_BATCH_MASTER_NODE, AZ_BATCH_HOST_LIST and AZ_BATCH_NODE_LIST
/// (all instances are this one host).
/// </summary>
internal sealed class MultiInstanceCoordinator
{
    private const string Host = "127.0.0.1";
    private readonly BatchStore _store;
    private readonly NodeDirectories _directories;
    private readonly ResourceFileDownloader _downloader;
    private readonly TaskProcessRunner _runner;

    public MultiInstanceCoordinator(BatchStore store, NodeDirectories directories, ResourceFileDownloader downloader, TaskProcessRunner runner)
    {
        _store = store;
        _directories = directories;
        _downloader = downloader;
        _runner = runner;
    }

    /// <summary>The environment of one instance: the task's, plus the multi-instance variables.</summary>
    public static IReadOnlyDictionary<string, string> InstanceEnvironment(IReadOnlyDictionary<string, string> task, TaskDirectory taskDir, int instances, int subtaskId)
    {
        var environment = new Dictionary<string, string>(task)
        {
            ["AZ_BATCH_TASK_SHARED_DIR"] = taskDir.TaskDir,
            ["AZ_BATCH_IS_CURRENT_NODE_MASTER"] = subtaskId == 0 ? "true" : "false",
            ["AZ_BATCH_MASTER_NODE"] = Host + ":6000",
            ["AZ_BATCH_HOST_LIST"] = string.Join(',', Enumerable.Repeat(Host, instances)),
            ["AZ_BATCH_NODE_LIST"] = string.Join(';', Enumerable.Repeat(Host, instances)),
        };
        return environment;
    }

    /// <returns>null when every instance's coordination command succeeded, else the failed attempt to report.</returns>
    public async Task<TaskAttemptResult?> CoordinateAsync(
        string jobId, string taskId, string poolId, MultiInstanceSpec settings, IReadOnlyDictionary<string, string> environment, CancellationToken kill)
    {
        TaskDirectory primary = _directories.ForTask(jobId, taskId);
        DateTimeOffset start = DateTimeOffset.UtcNow;
        primary.Create();
        TaskFailureInfo? download = await _downloader.DownloadAllAsync(settings.CommonResourceFiles, primary.TaskDir, kill).ConfigureAwait(false);
        if (download is not null)
        {
            return TaskAttemptClassifier.PreProcessingFailed(download, start, DateTimeOffset.UtcNow);
        }

        int instances = Math.Max(1, settings.NumberOfInstances);
        var subtasks = new JsonArray();
        for (int id = 1; id < instances; id++)
        {
            subtasks.Add(Subtask(id, poolId, "running", start));
        }
        _store.SaveSubtasks(jobId, taskId, subtasks);

        Task<ProcessRunResult>[] runs = Enumerable.Range(0, instances).Select(id =>
        {
            TaskDirectory dir = _directories.ForSubtask(jobId, taskId, id);
            return _runner.RunAsync(
                new ProcessLaunchRequest(settings.CoordinationCommandLine, dir, InstanceEnvironment(environment, primary, instances, id), null), kill);
        }).ToArray();
        ProcessRunResult[] results = await Task.WhenAll(runs).ConfigureAwait(false);

        subtasks = new JsonArray();
        for (int id = 1; id < instances; id++)
        {
            subtasks.Add(Completed(Subtask(id, poolId, "completed", results[id].StartTime), TaskAttemptClassifier.Classify(results[id], null)));
        }
        _store.SaveSubtasks(jobId, taskId, subtasks);

        ProcessRunResult? failed = results.FirstOrDefault(r => r.Reason != ProcessEndReason.Exited || r.ExitCode != 0);
        return failed is null ? null : TaskAttemptClassifier.Classify(failed, null);
    }

    private static JsonObject Subtask(int id, string poolId, string state, DateTimeOffset start) => new()
    {
        ["id"] = id,
        ["nodeInfo"] = new JsonObject { ["poolId"] = poolId, ["nodeId"] = LocalNodeScheduler.NodeId, ["affinityId"] = LocalNodeScheduler.NodeId },
        ["startTime"] = StoredDoc.Time(start.UtcDateTime),
        ["state"] = state,
        ["stateTransitionTime"] = StoredDoc.Time(DateTime.UtcNow),
    };

    private static JsonObject Completed(JsonObject subtask, TaskAttemptResult attempt)
    {
        subtask["previousState"] = "running";
        subtask["previousStateTransitionTime"] = (string?)subtask["startTime"];
        subtask["endTime"] = StoredDoc.Time(attempt.EndTime.UtcDateTime);
        subtask["result"] = attempt.Result;
        if (attempt.ExitCode is { } exitCode)
        {
            subtask["exitCode"] = exitCode;
        }
        if (attempt.FailureInfo is { } failure)
        {
            subtask["failureInfo"] = failure.ToJson();
        }
        return subtask;
    }
}
