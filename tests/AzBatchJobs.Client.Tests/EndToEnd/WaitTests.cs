using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Client.Tests.EndToEnd;

/// <summary>Waiting for tasks and for a job, against the emulator's running node.</summary>
public sealed class WaitTests : IClassFixture<RunningNodeEmulator>
{
    private static readonly TimeSpan Fast = BatchWaitOptions.MinimumPollInterval;
    private readonly RunningNodeEmulator _emulator;
    private readonly BatchClient _client;

    public WaitTests(RunningNodeEmulator emulator)
    {
        _emulator = emulator;
        _client = emulator.Client;
    }

    private async Task<string> JobWithTasksAsync(string prefix, params (string Id, string CommandLine)[] tasks)
    {
        var jobId = await _emulator.CreateJobAsync(prefix);
        foreach (var (id, commandLine) in tasks)
            await _client.CreateTaskAsync(jobId, new BatchTaskCreateOptions { Id = id, CommandLine = commandLine });
        return jobId;
    }

    [Fact]
    public async Task WaitForTasksAsync_returns_each_task_once_completed_in_the_order_given_and_reports_progress()
    {
        var jobId = await JobWithTasksAsync("wait-tasks", ("b", "/bin/sh -c \"exit 0\""), ("a", "/bin/sh -c \"exit 2\""));
        var reports = new List<BatchTasksWaitProgress>();

        var result = await _client.WaitForTasksAsync(new[] { (jobId, "b"), (jobId, "a"), (jobId, "b") },
            new BatchWaitOptions { PollInterval = Fast, Timeout = TimeSpan.FromSeconds(30) }, new Collect<BatchTasksWaitProgress>(reports));

        Assert.False(result.TimedOut);
        Assert.Empty(result.NotFound);
        Assert.Equal(new[] { "b", "a" }, result.Tasks.Select(t => t.Id));
        Assert.All(result.Tasks, t => Assert.Equal(BatchTaskState.Completed, t.State));
        Assert.All(result.Tasks, t => Assert.Equal(jobId, t.JobId));
        Assert.Equal(2, result.Tasks[1].ExecutionInfo?.ExitCode);
        Assert.All(reports, r => Assert.Equal(2, r.Total));
        Assert.Equal(2, reports[^1].Completed);
    }

    [Fact]
    public async Task WaitForTasksAsync_returns_at_the_timeout_with_the_unfinished_task_as_last_read()
    {
        var jobId = await JobWithTasksAsync("wait-timeout", ("sleeper", "/bin/sh -c \"sleep 30\""));
        try
        {
            var started = DateTime.UtcNow;
            var result = await _client.WaitForTasksAsync(new[] { (jobId, "sleeper") }, new BatchWaitOptions { PollInterval = TimeSpan.FromSeconds(10), Timeout = TimeSpan.FromMilliseconds(300) });

            Assert.True(result.TimedOut);
            Assert.False(Assert.Single(result.Tasks).State == BatchTaskState.Completed);
            // The last wait is cut to the time left, not a whole PollInterval.
            Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5), "the wait outlasted its timeout");
        }
        finally
        {
            await _client.TerminateTaskAsync(jobId, "sleeper");
        }
    }

    [Fact]
    public async Task WaitForTasksAsync_names_the_tasks_that_do_not_exist_and_returns_the_others()
    {
        var jobId = await JobWithTasksAsync("wait-missing", ("real", "/bin/sh -c \"exit 0\""));

        var result = await _client.WaitForTasksAsync(new[] { (jobId, "real"), (jobId, "ghost") }, new BatchWaitOptions { PollInterval = Fast, Timeout = TimeSpan.FromSeconds(30) });

        Assert.Equal("real", Assert.Single(result.Tasks).Id);
        Assert.Equal((jobId, "ghost"), Assert.Single(result.NotFound));
        Assert.False(result.TimedOut);
    }

    [Fact]
    public async Task WaitForJobTasksAsync_returns_the_final_counts_and_the_job_state()
    {
        var jobId = await JobWithTasksAsync("wait-job", ("ok", "/bin/sh -c \"exit 0\""), ("bad", "/bin/sh -c \"exit 1\""));
        var reports = new List<BatchJobWaitResult>();

        var result = await _client.WaitForJobTasksAsync(jobId, new BatchWaitOptions { PollInterval = Fast, Timeout = TimeSpan.FromSeconds(30) }, new Collect<BatchJobWaitResult>(reports));

        Assert.False(result.TimedOut);
        Assert.False(result.Succeeded);
        Assert.Equal(jobId, result.JobId);
        Assert.Equal("active", result.State);
        Assert.Equal(2, result.TaskCounts?.Completed);
        Assert.Equal(1, result.TaskCounts?.Failed);
        Assert.Empty(result.Warnings);
        Assert.Equal(2, reports[^1].TaskCounts?.Completed);
    }

    [Fact]
    public async Task WaitForJobTasksAsync_waits_for_a_job_manager_task_the_service_has_not_added_yet()
    {
        var jobId = await _emulator.CreateJobAsync("wait-manager", job => job.JobManagerTask = new BatchJobManagerTask { Id = "manager", CommandLine = "/bin/sh -c \"sleep 1\"" });

        var result = await _client.WaitForJobTasksAsync(jobId, new BatchWaitOptions { PollInterval = Fast, Timeout = TimeSpan.FromSeconds(30) });

        Assert.False(result.TimedOut);
        Assert.Equal(1, result.TaskCounts?.Completed);
    }

    [Fact]
    public async Task WaitForJobCompletionAsync_returns_once_the_job_has_completed()
    {
        var jobId = await _emulator.CreateJobAsync("wait-complete", job => job.OnAllTasksComplete = BatchAllTasksCompleteMode.TerminateJob);
        await _client.CreateTaskAsync(jobId, new BatchTaskCreateOptions { Id = "t", CommandLine = "/bin/sh -c \"exit 0\"" });

        var result = await _client.WaitForJobCompletionAsync(jobId, new BatchWaitOptions { PollInterval = Fast, Timeout = TimeSpan.FromSeconds(30) });

        Assert.Equal("completed", result.State);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task WaitForJobTasksAsync_warns_once_when_a_failed_preparation_task_stops_the_tasks()
    {
        var jobId = await _emulator.CreateJobAsync("wait-prep", job => job.JobPreparationTask = new BatchJobPreparationTask { CommandLine = "/bin/sh -c \"exit 4\"" });
        await _client.CreateTaskAsync(jobId, new BatchTaskCreateOptions { Id = "t", CommandLine = "/bin/sh -c \"exit 0\"" });
        var reports = new List<BatchJobWaitResult>();

        var result = await _client.WaitForJobTasksAsync(jobId, new BatchWaitOptions { PollInterval = Fast, Timeout = TimeSpan.FromSeconds(3) }, new Collect<BatchJobWaitResult>(reports));

        Assert.True(result.TimedOut);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal($"The job preparation task of job '{jobId}' failed on node 'local-node' (exit code 4): no task of the job starts on that node.", warning);
        Assert.Contains(reports, r => r.Warnings.Count == 1 && !r.TimedOut);
    }

    [Fact]
    public async Task WaitForJobTasksAsync_of_a_missing_job_throws_the_service_error()
    {
        var error = await Assert.ThrowsAsync<BatchServiceException>(() => _client.WaitForJobTasksAsync("no-such-job", new BatchWaitOptions { PollInterval = Fast }));
        Assert.Equal("JobNotFound", error.ErrorCode);
    }

    [Theory]
    [InlineData(999, null, "PollInterval", "at least 1 second")]
    [InlineData(1000, -1, "Timeout", "must not be negative")]
    public async Task Bad_wait_options_are_refused_naming_the_setting_before_any_request(int pollMilliseconds, int? timeoutMilliseconds, string setting, string rule)
    {
        var (client, traces) = _emulator.CreateObservedClient();
        var options = new BatchWaitOptions
        {
            PollInterval = TimeSpan.FromMilliseconds(pollMilliseconds),
            Timeout = timeoutMilliseconds is int t ? TimeSpan.FromMilliseconds(t) : null,
        };

        var forTasks = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.WaitForTasksAsync(new[] { ("job", "task") }, options));
        var forJob = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.WaitForJobTasksAsync("job", options));

        Assert.Equal(setting, forTasks.ParamName);
        Assert.Contains(rule, forTasks.Message);
        Assert.Equal(setting, forJob.ParamName);
        Assert.Empty(traces);
    }

    private sealed class Collect<T>(List<T> reports) : IProgress<T>
    {
        public void Report(T value)
        {
            lock (reports) reports.Add(value);
        }
    }
}
