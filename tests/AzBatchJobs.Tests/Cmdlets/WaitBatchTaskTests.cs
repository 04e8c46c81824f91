using System.Management.Automation;
using AzBatchJobs.Tests.Shell;

namespace AzBatchJobs.Tests.Cmdlets;

/// <summary>Wait-BatchTask: piped tasks, timeouts, missing tasks, and polls that list instead of reading each task (issue 10, items 8 and 18).</summary>
public sealed class WaitBatchTaskTests : IClassFixture<BatchShell>
{
    private readonly BatchShell _shell;

    public WaitBatchTaskTests(BatchShell shell) => _shell = shell;

    [Fact]
    public void Writes_each_piped_task_once_completed()
    {
        var id = BatchShell.NewId("waittask");
        var result = _shell.Run("""
            New-BatchJob -Id $id -PoolId pool1 | Out-Null
            'a', 'b' | ForEach-Object { New-BatchTask -JobId $id -Id $_ -CommandLine hostname } | Wait-BatchTask -Timeout 30 -PollInterval 1
            """, ("id", id)).AssertSucceeded();

        Assert.Equal(new object[] { "a", "b" }, result.Output.Select(t => t.Get("Id")));
        Assert.All(result.Output, t => Assert.Equal("completed", t.Get("State")));
        Assert.Contains(result.Progress, p => p.StatusDescription == "2 of 2 tasks completed");
    }

    [Fact]
    public void Times_out_with_an_error_per_unfinished_task_and_Stop_BatchTask_ends_the_task()
    {
        var id = BatchShell.NewId("sleeper");
        var result = _shell.Run("""
            New-BatchJob -Id $id -PoolId pool1 | Out-Null
            $task = New-BatchTask -JobId $id -Id sleeper -CommandLine $sleep
            $task | Wait-BatchTask -Timeout 1 -PollInterval 1
            """, ("id", id), ("sleep", JobShellSupport.SleepCommand(30)));

        Assert.NotEqual("completed", Assert.Single(result.Output).Get("State"));
        var error = Assert.Single(result.Errors);
        Assert.Equal("BatchWaitTimeout,AzBatchJobs.Cmdlets.WaitBatchTaskCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.OperationTimeout, error.CategoryInfo.Category);
        Assert.Equal($"{id}/sleeper", error.TargetObject);

        var stopped = _shell.Run("Stop-BatchTask -JobId $id -Id sleeper -Force; (Wait-BatchTask -JobId $id -Id sleeper -Timeout 30).State", ("id", id)).AssertSucceeded();
        Assert.Equal(new[] { "completed" }, stopped.Lines);
    }

    [Fact]
    public void A_task_that_does_not_exist_gets_a_TaskNotFound_error_and_the_others_are_written()
    {
        var id = BatchShell.NewId("missing");
        var result = _shell.Run("""
            New-BatchJob -Id $id -PoolId pool1 | Out-Null
            New-BatchTask -JobId $id -Id real -CommandLine hostname | Out-Null
            Wait-BatchTask -JobId $id -Id real, ghost -Timeout 30 -PollInterval 1
            """, ("id", id));

        Assert.Equal("real", Assert.Single(result.Output).Get("Id"));
        var error = Assert.Single(result.Errors);
        Assert.Equal("TaskNotFound,AzBatchJobs.Cmdlets.WaitBatchTaskCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal($"{id}/ghost", error.TargetObject);
    }

    [Fact]
    public void A_thousand_and_more_tasks_are_polled_by_listing_about_one_request_per_thousand()
    {
        var id = BatchShell.NewId("many");
        var result = _shell.Run("""
            New-BatchJob -Id $id -PoolId pool1 | Disable-BatchJob -DisableTasks Requeue
            1..1200 | ForEach-Object { @{ Id = "t$_"; CommandLine = 'hostname' } } | Add-BatchTaskCollection -JobId $id | Out-Null
            Get-BatchTask -JobId $id -Select id | Wait-BatchTask -Timeout 2 -PollInterval 1 -Verbose -ErrorAction SilentlyContinue -ErrorVariable timeouts | Out-Null
            $timeouts.Count
            """, ("id", id));

        Assert.Equal(new[] { "1200" }, result.Lines);
        var requests = result.Requests("GET");
        Assert.DoesNotContain(requests, r => r.Contains($"/jobs/{id}/tasks/t"));
        var listings = requests.Where(r => r.Contains($"/jobs/{id}/tasks?")).ToList();
        Assert.Contains(listings, r => Uri.UnescapeDataString(r).Contains("$filter=state ne 'completed'") && Uri.UnescapeDataString(r).Contains("$select=id,state"));
        // About three checks of two pages and a count, then the final read: two pages and a count.
        Assert.InRange(requests.Count, 6, 16);
    }

    [Fact]
    public void Refuses_a_poll_interval_below_one_second_before_any_request()
    {
        var result = _shell.Run("Wait-BatchTask -JobId any -Id t -PollInterval 0 -Verbose");
        var error = Assert.Single(result.Errors);
        Assert.Equal("ParameterArgumentTransformationError,AzBatchJobs.Cmdlets.WaitBatchTaskCommand", error.FullyQualifiedErrorId);
        Assert.Contains("at least 1 second", error.ToString());
        Assert.Empty(result.Verbose);
    }
}
