using System.Diagnostics;
using System.Management.Automation;
using AzBatchJobs.Tests.Shell;

namespace AzBatchJobs.Tests.Cmdlets;

/// <summary>Wait-BatchJob: what it waits for, what it says while waiting, and its time parameters (issue 10, items 8 and 19).</summary>
public sealed class WaitBatchJobTests : IClassFixture<BatchShell>
{
    private readonly BatchShell _shell;

    public WaitBatchJobTests(BatchShell shell) => _shell = shell;

    // A job whose task never starts: the job is disabled before the task is added.
    private string StalledJob()
    {
        var id = BatchShell.NewId("stalled");
        _shell.Run("""
            New-BatchJob -Id $id -PoolId pool1 | Disable-BatchJob -DisableTasks Requeue
            New-BatchTask -JobId $id -Id waiting -CommandLine hostname | Out-Null
            """, ("id", id)).AssertSucceeded();
        return id;
    }

    [Fact]
    public void Reports_the_final_state_and_counts_with_progress()
    {
        var id = BatchShell.NewId("waitjob");
        var result = _shell.Run("""
            New-BatchJob -Id $id -PoolId pool1 | Out-Null
            New-BatchTask -JobId $id -Id ok -CommandLine hostname | Out-Null
            New-BatchTask -JobId $id -Id bad -CommandLine no-such-program-anywhere | Out-Null
            Wait-BatchJob -Id $id -Timeout 30 -PollInterval 1
            """, ("id", id)).AssertSucceeded();

        var final = Assert.Single(result.Output);
        Assert.Equal("AzBatchJobs.Client.BatchJobWaitResult", final.BaseObject.GetType().FullName);
        Assert.Equal(false, final.Get("TimedOut"));
        Assert.Equal(false, final.Get("Succeeded"));
        Assert.Equal("active", final.Get("State"));
        Assert.Equal(2, final.Get("TaskCounts.Completed"));
        Assert.Equal(1, final.Get("TaskCounts.Failed"));
        Assert.Contains(result.Progress, p => p.RecordType == ProgressRecordType.Processing && p.StatusDescription.Contains("completed"));
        Assert.Contains(result.Progress, p => p.RecordType == ProgressRecordType.Completed);
    }

    [Fact]
    public void At_its_timeout_writes_the_counts_and_a_timeout_error_naming_the_job()
    {
        var id = StalledJob();
        var result = _shell.Run("Wait-BatchJob -Id $id -Timeout 1 -PollInterval 1", ("id", id));

        var final = Assert.Single(result.Output);
        Assert.Equal(true, final.Get("TimedOut"));
        Assert.Equal(1, final.Get("TaskCounts.Active"));
        var error = Assert.Single(result.Errors);
        Assert.Equal("BatchWaitTimeout,AzBatchJobs.Cmdlets.WaitBatchJobCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.OperationTimeout, error.CategoryInfo.Category);
        Assert.Equal(id, error.TargetObject);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("'2'")]
    [InlineData("'00:00:02'")]
    [InlineData("([timespan]::FromSeconds(2))")]
    public void A_bare_number_is_seconds_and_a_TimeSpan_still_works(string timeout)
    {
        var id = StalledJob();
        var clock = Stopwatch.StartNew();
        var result = _shell.Run($"Wait-BatchJob -Id $id -Timeout {timeout} -PollInterval 1 -Verbose", ("id", id));
        clock.Stop();

        Assert.Contains("after 00:00:02.", Assert.Single(result.Errors).ToString());
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1.9), TimeSpan.FromSeconds(15));
        // Two requests a check (counts and job), about one check a second: never a flood.
        Assert.InRange(result.Requests("GET").Count, 2, 12);
    }

    [Theory]
    [InlineData("-PollInterval 0.5", "PollInterval", "at least 1 second")]
    [InlineData("-PollInterval 0", "PollInterval", "at least 1 second")]
    [InlineData("-PollInterval ([timespan]1)", "PollInterval", "at least 1 second")]
    [InlineData("-Timeout -1", "Timeout", "at least 0 second")]
    [InlineData("-Timeout soon", "Timeout", "'soon' is not a time")]
    public void A_time_out_of_range_is_refused_at_binding_before_any_request(string parameters, string parameter, string rule)
    {
        var result = _shell.Run($"Wait-BatchJob -Id any {parameters} -Verbose");

        var error = Assert.Single(result.Errors);
        Assert.Equal("ParameterArgumentTransformationError,AzBatchJobs.Cmdlets.WaitBatchJobCommand", error.FullyQualifiedErrorId);
        Assert.Contains($"'{parameter}'", error.ToString());
        Assert.Contains(rule, error.ToString());
        Assert.Empty(result.Verbose);
    }

    [Fact]
    public void Waits_for_the_tasks_of_a_job_manager_that_has_not_added_them_yet()
    {
        var id = BatchShell.NewId("manager");
        var result = _shell.Run("""
            New-BatchJob -Id $id -PoolId pool1 -JobManagerTask @{ Id = 'manager'; CommandLine = $sleep } | Out-Null
            Wait-BatchJob -Id $id -Timeout 30 -PollInterval 1
            """, ("id", id), ("sleep", JobShellSupport.SleepCommand(1))).AssertSucceeded();

        var final = Assert.Single(result.Output);
        Assert.Equal(1, final.Get("TaskCounts.Completed"));
        Assert.Equal(false, final.Get("TimedOut"));
    }

    [Fact]
    public void UntilCompleted_waits_for_the_job_itself_and_the_result_is_one_a_test_can_assert_on()
    {
        var id = BatchShell.NewId("complete");
        var result = _shell.Run("""
            New-BatchJob -Id $id -PoolId pool1 -OnAllTasksComplete TerminateJob | Out-Null
            New-BatchTask -JobId $id -Id t1 -CommandLine hostname | Out-Null
            $result = Wait-BatchJob -Id $id -UntilCompleted -Timeout 30 -PollInterval 1
            $result.State
            $result.Succeeded
            """, ("id", id)).AssertSucceeded();
        Assert.Equal(new[] { "completed", "True" }, result.Lines);
    }

    [Fact]
    public void UntilCompleted_warns_when_nothing_will_complete_the_job()
    {
        var id = BatchShell.NewId("noaction");
        var result = _shell.Run("""
            New-BatchJob -Id $id -PoolId pool1 | Out-Null
            Wait-BatchJob -Id $id -UntilCompleted -Timeout 1 -PollInterval 1 -WarningVariable warned -WarningAction SilentlyContinue | Out-Null
            $warned.Count
            """, ("id", id));

        Assert.Equal(new[] { "1" }, result.Lines);
        Assert.Equal("BatchWaitTimeout,AzBatchJobs.Cmdlets.WaitBatchJobCommand", Assert.Single(result.Errors).FullyQualifiedErrorId);
    }

    [Fact]
    public void Warns_once_when_a_failed_preparation_task_keeps_every_task_from_starting()
    {
        var id = BatchShell.NewId("badprep");
        var result = _shell.Run("""
            New-BatchJob -Id $id -PoolId pool1 -JobPreparationTask @{ CommandLine = 'no-such-program-anywhere' } | Out-Null
            New-BatchTask -JobId $id -Id t1 -CommandLine hostname | Out-Null
            Wait-BatchJob -Id $id -Timeout 4 -PollInterval 1
            """, ("id", id));

        var warning = Assert.Single(result.Warnings).Message;
        Assert.Contains($"The job preparation task of job '{id}' failed on node 'local-node'", warning);
        Assert.Equal(new[] { warning }, (IEnumerable<string>)Assert.Single(result.Output).Get("Warnings")!);
        Assert.Equal("BatchWaitTimeout,AzBatchJobs.Cmdlets.WaitBatchJobCommand", Assert.Single(result.Errors).FullyQualifiedErrorId);
    }

    [Fact]
    public void Warns_when_the_job_is_disabled()
    {
        var id = StalledJob();
        var result = _shell.Run("Wait-BatchJob -Id $id -Timeout 1 -PollInterval 1", ("id", id));
        Assert.Equal($"Job '{id}' is disabled: none of its active tasks (1) starts until it is enabled.", Assert.Single(result.Warnings).Message);
    }

    [Fact]
    public void Ctrl_C_stops_a_wait_promptly()
    {
        var id = StalledJob();
        var clock = Stopwatch.StartNew();
        var result = _shell.RunAndStop("Wait-BatchJob -Id $id -PollInterval 10", TimeSpan.FromMilliseconds(500), ("id", id));

        Assert.Equal(ErrorCategory.OperationStopped, result.TerminatingError?.CategoryInfo.Category);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"Wait-BatchJob stopped only after {clock.Elapsed}");
    }

    [Fact]
    public void A_missing_job_is_a_JobNotFound_error()
    {
        var error = Assert.Single(_shell.Run("Wait-BatchJob -Id no-such-job -Timeout 5").Errors);
        Assert.Equal("JobNotFound,AzBatchJobs.Cmdlets.WaitBatchJobCommand", error.FullyQualifiedErrorId);
        Assert.Equal("no-such-job", error.TargetObject);
    }
}
