using AzBatchJobs.Emulator.Node;
using Xunit;
using static AzBatchJobs.Emulator.Tests.Node.NodeTestSupport;

namespace AzBatchJobs.Emulator.Tests.Node;

public sealed class TaskRetryPolicyTests
{
    [Theory]
    [InlineData(null, null, 0)]
    [InlineData(null, 4, 4)]
    [InlineData(2, 4, 2)]
    [InlineData(-1, 0, -1)]
    public void The_task_constraint_wins_over_the_job_default(int? task, int? job, int expected)
    {
        Assert.Equal(expected, TaskRetryPolicy.EffectiveMaxRetryCount(task, job));
    }

    [Fact]
    public async Task A_failing_process_is_retried_until_the_limit_then_completes()
    {
        using var temp = new TempDirectory();
        TaskDirectory dir = TaskDir(temp);
        var runner = new TaskProcessRunner();
        int maxRetries = 2;
        int retryCount = 0;
        int runs = 0;

        while (true)
        {
            ProcessRunResult run = await runner.RunAsync(Launch(Shell("echo run >> ../runs.txt; exit 5"), dir), default);
            runs++;
            if (!TaskRetryPolicy.ShouldRetry(run, retryCount, maxRetries))
            {
                break;
            }
            retryCount++;
        }

        Assert.Equal(3, runs);
        Assert.Equal(2, retryCount);
        Assert.Equal(3, File.ReadAllLines(Path.Combine(dir.TaskDir, "runs.txt")).Length);
    }

    [Fact]
    public async Task Success_wall_clock_expiry_and_launch_failures_are_not_retried_and_minus_one_is_unlimited()
    {
        using var temp = new TempDirectory();
        var runner = new TaskProcessRunner();
        ProcessRunResult success = await runner.RunAsync(Launch(Shell("exit 0"), TaskDir(temp)), default);
        ProcessRunResult expired = await runner.RunAsync(Launch("sleep 20", TaskDir(temp), TimeSpan.FromMilliseconds(100)), default);
        ProcessRunResult notFound = await runner.RunAsync(Launch("/no/such/program", TaskDir(temp)), default);
        ProcessRunResult failed = await runner.RunAsync(Launch(Shell("exit 1"), TaskDir(temp)), default);

        Assert.False(TaskRetryPolicy.ShouldRetry(success, 0, -1));
        Assert.False(TaskRetryPolicy.ShouldRetry(expired, 0, -1));
        Assert.False(TaskRetryPolicy.ShouldRetry(notFound, 0, -1));
        Assert.True(TaskRetryPolicy.ShouldRetry(failed, 1000, -1));
        Assert.False(TaskRetryPolicy.ShouldRetry(failed, 0, 0));

        // The same rule on classified attempts (the job preparation task retries by these).
        Assert.False(TaskRetryPolicy.ShouldRetry(TaskAttemptClassifier.Classify(success, null), 0, -1));
        Assert.False(TaskRetryPolicy.ShouldRetry(TaskAttemptClassifier.Classify(expired, null), 0, -1));
        Assert.False(TaskRetryPolicy.ShouldRetry(TaskAttemptClassifier.Classify(notFound, null), 0, -1));
        Assert.True(TaskRetryPolicy.ShouldRetry(TaskAttemptClassifier.Classify(failed, null), 1000, -1));
        Assert.False(TaskRetryPolicy.ShouldRetry(TaskAttemptClassifier.Classify(failed, null), 1, 1));
    }
}
