using AzBatchJobs.Emulator.Node;
using Xunit;
using static AzBatchJobs.Emulator.Tests.Node.NodeTestSupport;

namespace AzBatchJobs.Emulator.Tests.Node;

public sealed class TaskAttemptClassifierTests
{
    private static async Task<ProcessRunResult> RunAsync(string commandLine, TimeSpan? wallClock = null, CancellationToken kill = default)
    {
        using var temp = new TempDirectory();
        return await new TaskProcessRunner().RunAsync(Launch(commandLine, TaskDir(temp), wallClock), kill);
    }

    [Fact]
    public async Task Exit_zero_is_success_without_failure_info()
    {
        TaskAttemptResult result = TaskAttemptClassifier.Classify(await RunAsync(Shell("exit 0")), null);

        Assert.Equal("success", result.Result);
        Assert.Equal(0, result.ExitCode);
        Assert.Null(result.FailureInfo);
    }

    [Fact]
    public async Task A_non_zero_exit_is_a_FailureExitCode_user_error_keeping_the_exit_code()
    {
        TaskAttemptResult result = TaskAttemptClassifier.Classify(await RunAsync(Shell("exit 3")), null);

        Assert.Equal("failure", result.Result);
        Assert.Equal(3, result.ExitCode);
        Assert.Equal(("usererror", "FailureExitCode"), (result.FailureInfo!.Category, result.FailureInfo.Code));
        Assert.Equal(new TaskExitOutcome(3, false, false), result.ExitOutcome);
    }

    [Fact]
    public async Task Wall_clock_expiry_is_TaskEnded_server_error()
    {
        TaskAttemptResult result = TaskAttemptClassifier.Classify(await RunAsync("sleep 20", TimeSpan.FromMilliseconds(200)), null);

        Assert.Equal("failure", result.Result);
        Assert.Equal(("servererror", "TaskEnded"), (result.FailureInfo!.Category, result.FailureInfo.Code));
        Assert.NotEqual(0, result.ExitCode);
    }

    [Fact]
    public async Task A_kill_on_request_is_TaskEnded_by_user_request()
    {
        using var kill = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        TaskAttemptResult result = TaskAttemptClassifier.Classify(await RunAsync("sleep 20", null, kill.Token), null);

        Assert.Equal(("usererror", "TaskEnded", "Task Was Ended by User Request"),
            (result.FailureInfo!.Category, result.FailureInfo.Code, result.FailureInfo.Message));
    }

    [Fact]
    public async Task A_launch_failure_is_a_pre_processing_error_without_exit_code()
    {
        TaskAttemptResult result = TaskAttemptClassifier.Classify(await RunAsync("/no/such/program"), null);

        Assert.Equal("failure", result.Result);
        Assert.Null(result.ExitCode);
        Assert.Equal(TaskFailureCodes.CommandProgramNotFound, result.FailureInfo!.Code);
        Assert.True(result.ExitOutcome.PreProcessingError);
    }

    [Fact]
    public async Task An_upload_failure_after_exit_zero_fails_the_task_with_the_upload_failure()
    {
        TaskFailureInfo upload = TaskFailureInfo.User(TaskFailureCodes.FileUploadMiscError, "no storage");

        TaskAttemptResult result = TaskAttemptClassifier.Classify(await RunAsync(Shell("exit 0")), upload);

        Assert.Equal("failure", result.Result);
        Assert.Equal(0, result.ExitCode);
        Assert.Same(upload, result.FailureInfo);
        Assert.Equal(new TaskExitOutcome(0, false, true), result.ExitOutcome);
    }
}
