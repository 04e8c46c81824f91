using System.Text;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Client.Tests.EndToEnd;

/// <summary>Tasks run by the emulator's local node, and the files they leave behind.</summary>
public sealed class TaskExecutionTests : IClassFixture<RunningNodeEmulator>
{
    private readonly RunningNodeEmulator _emulator;
    private readonly BatchClient _client;

    public TaskExecutionTests(RunningNodeEmulator emulator)
    {
        _emulator = emulator;
        _client = emulator.Client;
    }

    private Task<BatchTask> CompletedAsync(string jobId, string taskId) =>
        Eventually.WaitForAsync(async () => (await _client.GetTaskAsync(jobId, taskId)).Value, t => t.State == BatchTaskState.Completed, $"task {taskId} to complete");

    private async Task<string> RunAsync(string prefix, string commandLine)
    {
        var jobId = await _emulator.CreateJobAsync(prefix);
        await _client.CreateTaskAsync(jobId, new BatchTaskCreateOptions { Id = "t", CommandLine = commandLine });
        return jobId;
    }

    private static async Task<string> ReadAllAsync(BatchFileContent file)
    {
        using (file)
        using (var reader = new StreamReader(file.Content, Encoding.UTF8))
        {
            return await reader.ReadToEndAsync();
        }
    }

    [Fact]
    public async Task A_task_runs_to_success_and_its_stdout_can_be_listed_read_and_deleted()
    {
        var jobId = await RunAsync("run-echo", "/bin/sh -c \"echo hello\"");

        var task = await CompletedAsync(jobId, "t");

        Assert.Equal(BatchTaskExecutionResult.Success, task.ExecutionInfo?.Result);
        Assert.Equal(0, task.ExecutionInfo?.ExitCode);
        Assert.NotNull(task.ExecutionInfo?.StartTime);
        Assert.NotNull(task.NodeInfo);

        var files = new List<BatchNodeFile>();
        await foreach (var file in _client.GetTaskFilesAsync(jobId, "t"))
        {
            files.Add(file);
        }
        var stdout = Assert.Single(files, f => f.Name == "stdout.txt");
        Assert.Contains(files, f => f.Name == "stderr.txt");
        Assert.Equal(jobId, stdout.JobId);
        Assert.Equal("t", stdout.TaskId);
        Assert.False(stdout.IsDirectory);
        Assert.Equal(6, stdout.Properties?.ContentLength);

        Assert.Equal("hello\n", await ReadAllAsync(await _client.GetTaskFileAsync(jobId, "t", "stdout.txt")));
        Assert.Equal("el", await ReadAllAsync(await _client.GetTaskFileAsync(jobId, "t", "stdout.txt", range: "bytes=1-2")));
        var properties = await _client.GetTaskFilePropertiesAsync(jobId, "t", "stdout.txt");
        Assert.Equal(6, properties.ContentLength);
        Assert.False(properties.IsDirectory);
        Assert.NotNull(properties.LastModified);

        using (var synchronous = _client.GetTaskFile(jobId, "t", "stdout.txt"))
        using (var reader = new StreamReader(synchronous.Content))
        {
            Assert.Equal("hello\n", reader.ReadToEnd());
        }

        var deleted = await _client.DeleteTaskFileAsync(jobId, "t", "stdout.txt");

        Assert.Equal(200, deleted.Status);
        var gone = await Assert.ThrowsAsync<BatchServiceException>(() => _client.GetTaskFilePropertiesAsync(jobId, "t", "stdout.txt"));
        Assert.Equal(404, gone.Status);
        var missing = await Assert.ThrowsAsync<BatchServiceException>(() => _client.GetTaskFileAsync(jobId, "t", "stdout.txt"));
        Assert.Equal((404, "FileNotFound"), (missing.Status, missing.ErrorCode));
    }

    [Fact]
    public async Task File_reads_honour_if_modified_since()
    {
        var jobId = await RunAsync("run-filecond", "/bin/sh -c \"echo hello\"");
        await CompletedAsync(jobId, "t");
        var lastModified = (await _client.GetTaskFilePropertiesAsync(jobId, "t", "stdout.txt")).LastModified!.Value;

        var notModified = await Assert.ThrowsAsync<BatchServiceException>(() =>
            _client.GetTaskFilePropertiesAsync(jobId, "t", "stdout.txt", new BatchRequestOptions { IfModifiedSince = lastModified.AddHours(1) }));
        var modified = await _client.GetTaskFilePropertiesAsync(jobId, "t", "stdout.txt", new BatchRequestOptions { IfModifiedSince = lastModified.AddHours(-1) });
        using var unchanged = await _client.GetTaskFileAsync(jobId, "t", "stdout.txt", options: new BatchRequestOptions { IfUnmodifiedSince = lastModified.AddHours(1) });

        Assert.Equal(304, notModified.Status);
        Assert.Equal(6, modified.ContentLength);
        Assert.Equal(6, unchanged.Properties.ContentLength);
    }

    [Fact]
    public async Task Files_in_the_working_directory_are_listed_recursively_and_read_by_path()
    {
        var jobId = await RunAsync("run-files", "/bin/sh -c \"mkdir -p out && printf data > 'out/my result.txt'\"");
        await CompletedAsync(jobId, "t");

        var topLevel = new List<string?>();
        await foreach (var file in _client.GetTaskFilesAsync(jobId, "t"))
        {
            topLevel.Add(file.Name);
        }
        var recursive = new List<BatchNodeFile>();
        await foreach (var file in _client.GetTaskFilesAsync(jobId, "t", recursive: true, new BatchListOptions { Filter = "startswith(name,'wd')" }))
        {
            recursive.Add(file);
        }

        Assert.DoesNotContain("wd/out/my result.txt", topLevel);
        var result = Assert.Single(recursive, f => f.Name == "wd/out/my result.txt");
        Assert.Equal(4, result.Properties?.ContentLength);
        Assert.All(recursive, f => Assert.StartsWith("wd", f.Name));
        Assert.Equal("data", await ReadAllAsync(await _client.GetTaskFileAsync(jobId, "t", "wd/out/my result.txt")));

        var pageSizes = new List<int>();
        await foreach (var page in _client.GetTaskFilesAsync(jobId, "t", recursive: true, new BatchListOptions { MaxResults = 2 }).AsPages())
        {
            pageSizes.Add(page.Values.Count);
        }
        Assert.True(pageSizes.Count > 1, "expected several pages");
        Assert.All(pageSizes.Take(pageSizes.Count - 1), size => Assert.Equal(2, size));
    }

    [Fact]
    public async Task A_failed_task_can_be_reactivated_and_a_succeeded_one_cannot()
    {
        var jobId = await _emulator.CreateJobAsync("run-fail");
        await _client.CreateTaskCollectionAsync(jobId, new[]
        {
            new BatchTaskCreateOptions { Id = "fails", CommandLine = "/bin/sh -c \"exit 3\"" },
            new BatchTaskCreateOptions { Id = "works", CommandLine = "/bin/sh -c true" },
        });

        var failed = await CompletedAsync(jobId, "fails");
        await CompletedAsync(jobId, "works");

        Assert.Equal(3, failed.ExecutionInfo?.ExitCode);
        Assert.Equal(BatchTaskExecutionResult.Failure, failed.ExecutionInfo?.Result);
        var refused = await Assert.ThrowsAsync<BatchServiceException>(() => _client.ReactivateTaskAsync(jobId, "works"));
        Assert.Equal(409, refused.Status);
        var counts = (await _client.GetJobTaskCountsAsync(jobId)).Value.TaskCounts;
        Assert.Equal((2, 1, 1), (counts?.Completed, counts?.Succeeded, counts?.Failed));

        await _client.ReactivateTaskAsync(jobId, "fails");

        var rerun = await Eventually.WaitForAsync(
            async () => (await _client.GetTaskAsync(jobId, "fails")).Value,
            t => t.State == BatchTaskState.Completed && t.StateTransitionTime > failed.StateTransitionTime,
            "the reactivated task to run again");
        Assert.Equal(3, rerun.ExecutionInfo?.ExitCode);
    }

    [Fact]
    public async Task Terminating_a_running_task_stops_it()
    {
        var jobId = await RunAsync("run-stop", "/bin/sh -c \"sleep 60\"");
        await Eventually.WaitForAsync(async () => (await _client.GetTaskAsync(jobId, "t")).Value.State, s => s == BatchTaskState.Running, "the task to run");

        await _client.TerminateTaskAsync(jobId, "t");

        var task = await CompletedAsync(jobId, "t");
        Assert.Equal(BatchTaskExecutionResult.Failure, task.ExecutionInfo?.Result);
        Assert.Equal("TaskEnded", task.ExecutionInfo?.FailureInfo?.Code);
    }

    [Fact]
    public async Task Disabling_with_terminate_ends_a_running_task()
    {
        var jobId = await RunAsync("run-disterm", "/bin/sh -c \"sleep 60\"");
        await Eventually.WaitForAsync(async () => (await _client.GetTaskAsync(jobId, "t")).Value.State, s => s == BatchTaskState.Running, "the task to run");

        await _client.DisableJobAsync(jobId, DisableBatchJobOption.Terminate);

        var task = await CompletedAsync(jobId, "t");
        Assert.Equal(BatchTaskExecutionResult.Failure, task.ExecutionInfo?.Result);
        await Eventually.WaitForAsync(async () => (await _client.GetJobAsync(jobId)).Value.State, s => s == BatchJobState.Disabled, "the job to be disabled");
    }

    [Fact]
    public async Task Disabling_with_wait_lets_a_running_task_finish()
    {
        var jobId = await RunAsync("run-diswait", "/bin/sh -c \"sleep 2; echo done\"");
        await Eventually.WaitForAsync(async () => (await _client.GetTaskAsync(jobId, "t")).Value.State, s => s == BatchTaskState.Running, "the task to run");

        await _client.DisableJobAsync(jobId, DisableBatchJobOption.Wait);

        Assert.Equal(BatchJobState.Disabling, (await _client.GetJobAsync(jobId)).Value.State);
        var task = await CompletedAsync(jobId, "t");
        Assert.Equal(BatchTaskExecutionResult.Success, task.ExecutionInfo?.Result);
        await Eventually.WaitForAsync(async () => (await _client.GetJobAsync(jobId)).Value.State, s => s == BatchJobState.Disabled, "the job to be disabled");
    }

    [Fact]
    public async Task Preparation_and_release_tasks_report_their_status_per_node()
    {
        var jobId = await _emulator.CreateJobAsync("run-prep", job =>
        {
            job.JobPreparationTask = new BatchJobPreparationTask { CommandLine = "/bin/sh -c \"echo prep\"" };
            job.JobReleaseTask = new BatchJobReleaseTask { CommandLine = "/bin/sh -c \"echo release\"" };
        });
        await _client.CreateTaskAsync(jobId, new BatchTaskCreateOptions { Id = "t", CommandLine = "/bin/sh -c true" });
        await CompletedAsync(jobId, "t");

        var prepared = Assert.Single(await StatusesAsync(jobId));

        Assert.Equal(jobId, prepared.JobId);
        Assert.Equal("e2e-pool", prepared.PoolId);
        Assert.False(string.IsNullOrEmpty(prepared.NodeId));
        Assert.Equal(BatchJobPreparationTaskState.Completed, prepared.JobPreparationTaskExecutionInfo?.State);
        Assert.Equal(0, prepared.JobPreparationTaskExecutionInfo?.ExitCode);
        Assert.Null(prepared.JobReleaseTaskExecutionInfo);

        await _client.TerminateJobAsync(jobId);

        var released = await Eventually.WaitForAsync(
            async () => (await StatusesAsync(jobId)).Single(),
            s => s.JobReleaseTaskExecutionInfo?.State == BatchJobReleaseTaskState.Completed,
            "the release task to complete");
        Assert.Equal(0, released.JobReleaseTaskExecutionInfo?.ExitCode);
    }

    private async Task<List<BatchJobPreparationAndReleaseTaskStatus>> StatusesAsync(string jobId)
    {
        var statuses = new List<BatchJobPreparationAndReleaseTaskStatus>();
        await foreach (var status in _client.GetJobPreparationAndReleaseTaskStatusesAsync(jobId))
        {
            statuses.Add(status);
        }
        return statuses;
    }

    [Fact]
    public async Task Disabling_with_requeue_puts_a_running_task_back_to_active()
    {
        var jobId = await RunAsync("run-requeue", "/bin/sh -c \"sleep 60\"");
        await Eventually.WaitForAsync(async () => (await _client.GetTaskAsync(jobId, "t")).Value.State, s => s == BatchTaskState.Running, "the task to run");

        await _client.DisableJobAsync(jobId, DisableBatchJobOption.Requeue);

        await Eventually.WaitForAsync(async () => (await _client.GetJobAsync(jobId)).Value.State, s => s == BatchJobState.Disabled, "the job to be disabled");
        var task = (await _client.GetTaskAsync(jobId, "t")).Value;
        Assert.Equal(BatchTaskState.Active, task.State);
        await _client.TerminateJobAsync(jobId);
    }
}
