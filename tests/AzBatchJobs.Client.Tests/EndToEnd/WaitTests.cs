using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Client.Tests.EndToEnd;

/// <summary>Waiting for tasks and for a job's tasks, against the emulator's running node.</summary>
public sealed class WaitTests : IClassFixture<RunningNodeEmulator>
{
    private static readonly TimeSpan Fast = TimeSpan.FromMilliseconds(50);
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
        var reports = new List<IReadOnlyList<BatchTask>>();

        var tasks = await _client.WaitForTasksAsync(new[] { (jobId, "b"), (jobId, "a"), (jobId, "b") },
            new BatchWaitOptions { PollInterval = Fast, Timeout = TimeSpan.FromSeconds(30) }, new Collect<IReadOnlyList<BatchTask>>(reports));

        Assert.Equal(new[] { "b", "a" }, tasks.Select(t => t.Id));
        Assert.All(tasks, t => Assert.Equal(BatchTaskState.Completed, t.State));
        Assert.All(tasks, t => Assert.Equal(jobId, t.JobId));
        Assert.Equal(2, tasks[1].ExecutionInfo?.ExitCode);
        Assert.NotEmpty(reports);
        Assert.All(reports, r => Assert.Equal(2, r.Count));
        Assert.All(reports[^1], t => Assert.Equal(BatchTaskState.Completed, t.State));
    }

    [Fact]
    public async Task WaitForTasksAsync_returns_at_the_timeout_with_the_unfinished_task_as_last_read()
    {
        var jobId = await JobWithTasksAsync("wait-timeout", ("sleeper", "/bin/sh -c \"sleep 30\""));
        try
        {
            var started = DateTime.UtcNow;
            var tasks = await _client.WaitForTasksAsync(new[] { (jobId, "sleeper") }, new BatchWaitOptions { PollInterval = TimeSpan.FromSeconds(10), Timeout = TimeSpan.FromMilliseconds(300) });

            Assert.NotEqual<string>(BatchTaskState.Completed, Assert.Single(tasks).State);
            // The last wait is cut to the time left, not a whole PollInterval.
            Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5), "the wait outlasted its timeout");
        }
        finally
        {
            await _client.TerminateTaskAsync(jobId, "sleeper");
        }
    }

    [Fact]
    public async Task WaitForJobTasksAsync_returns_the_final_counts_and_the_job_state()
    {
        var jobId = await JobWithTasksAsync("wait-job", ("ok", "/bin/sh -c \"exit 0\""), ("bad", "/bin/sh -c \"exit 1\""));
        var reports = new List<BatchTaskCounts>();

        var result = await _client.WaitForJobTasksAsync(jobId, new BatchWaitOptions { PollInterval = Fast, Timeout = TimeSpan.FromSeconds(30) }, new Collect<BatchTaskCounts>(reports));

        Assert.True(result.TasksCompleted);
        Assert.Equal(jobId, result.JobId);
        Assert.Equal(BatchJobState.Active, result.State);
        Assert.Equal(2, result.TaskCounts?.Completed);
        Assert.Equal(1, result.TaskCounts?.Failed);
        Assert.Equal(2, reports[^1].Completed);
    }

    [Fact]
    public async Task WaitForJobTasksAsync_of_a_missing_job_throws_the_service_error()
    {
        var error = await Assert.ThrowsAsync<BatchServiceException>(() => _client.WaitForJobTasksAsync("no-such-job", new BatchWaitOptions { PollInterval = Fast }));
        Assert.Equal("JobNotFound", error.ErrorCode);
    }

    [Theory]
    [InlineData(0, null, "PollInterval", "greater than zero")]
    [InlineData(100, -1, "Timeout", "must not be negative")]
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
