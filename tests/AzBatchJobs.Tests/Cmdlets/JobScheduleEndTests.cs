using System.Management.Automation;
using AzBatchJobs.Tests.Shell;

namespace AzBatchJobs.Tests.Cmdlets;

/// <summary>Stop- and Remove-BatchJobSchedule, and the jobs of a schedule through Get-BatchJob (issue 15).</summary>
public sealed class JobScheduleEndTests : IClassFixture<BatchShell>
{
    private readonly BatchShell _shell;

    public JobScheduleEndTests(BatchShell shell) => _shell = shell;

    private string NewSchedule(string prefix)
    {
        var id = BatchShell.NewId(prefix);
        _shell.Run("New-BatchJobSchedule -Id $id -PoolId pool1 -RecurrenceInterval 3600 | Out-Null", ("id", id)).AssertSucceeded();
        return id;
    }

    private IReadOnlyList<string> StateOfScheduleAndJob(string id) => _shell.Run("""
        Get-BatchJobSchedule -Id $id -ErrorAction SilentlyContinue -ErrorVariable lookup | ForEach-Object State
        if ($lookup) { $lookup[0].CategoryInfo.Category }
        Get-BatchJob -Id "${id}:job-1" -ErrorAction SilentlyContinue -ErrorVariable jobLookup | ForEach-Object State
        if ($jobLookup) { $jobLookup[0].CategoryInfo.Category }
        """, ("id", id)).Lines;

    [Fact]
    public void A_schedule_piped_to_Get_BatchJob_lists_the_jobs_it_created()
    {
        var (id, other) = (NewSchedule("jobs"), NewSchedule("other"));
        var result = _shell.Run("""
            (Get-BatchJobSchedule -Id $id | Get-BatchJob -Verbose).Id
            (Get-BatchJobSchedule -Id $id | Get-BatchJob -Filter "state eq 'completed'").Count
            (Get-BatchJob -JobScheduleId $id).Id
            ([pscustomobject]@{ JobScheduleId = $id } | Get-BatchJob).Id
            """, ("id", id)).AssertSucceeded();

        Assert.Equal(new[] { $"{id}:job-1", "0", $"{id}:job-1", $"{id}:job-1" }, result.Lines);
        Assert.Contains(result.Requests("GET"), r => r.Contains($"/jobschedules/{id}/jobs"));
        Assert.DoesNotContain(other, string.Join("\n", result.Lines));
    }

    [Fact]
    public void A_deleted_schedule_piped_to_Get_BatchJob_is_JobScheduleNotFound_targeted_at_the_schedule()
    {
        var result = _shell.Run("""
            [AzBatchJobs.Client.Models.BatchJobSchedule]@{ Id = 'no-such-schedule' } | Get-BatchJob
            """);
        var error = Assert.Single(result.Errors);
        Assert.Equal("JobScheduleNotFound,AzBatchJobs.Cmdlets.GetBatchJobCommand", error.FullyQualifiedErrorId);
        Assert.Equal("no-such-schedule", error.TargetObject);
    }

    [Fact]
    public void Stop_BatchJobSchedule_Force_terminates_the_schedule_and_its_job_and_PassThru_returns_it()
    {
        var id = NewSchedule("stop");
        var schedule = Assert.Single(_shell.Run("Get-BatchJobSchedule -Id $id | Stop-BatchJobSchedule -Force -PassThru", ("id", id)).AssertSucceeded().Output);

        Assert.Contains(schedule.Get("State"), new object[] { "terminating", "completed" });
        Assert.Contains(StateOfScheduleAndJob(id)[1], new[] { "terminating", "completed" });
    }

    [Fact]
    public void Stopping_a_completed_schedule_is_the_services_conflict_as_InvalidOperation()
    {
        var id = NewSchedule("stopped");
        _shell.Run("Stop-BatchJobSchedule -Id $id -Force", ("id", id)).AssertSucceeded();
        var result = _shell.Run("""
            while ((Get-BatchJobSchedule -Id $id).State -ne 'completed') { Start-Sleep -Milliseconds 50 }
            Stop-BatchJobSchedule -Id $id -Force
            """, ("id", id));

        var error = Assert.Single(result.Errors);
        Assert.Equal("JobScheduleCompleted,AzBatchJobs.Cmdlets.StopBatchJobScheduleCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidOperation, error.CategoryInfo.Category);
        Assert.Equal(id, error.TargetObject);
    }

    [Theory]
    [InlineData("Stop-BatchJobSchedule", "Terminate Batch job schedule and its active job")]
    [InlineData("Remove-BatchJobSchedule", "Delete Batch job schedule with all its jobs and tasks")]
    public void Stop_and_Remove_ask_for_confirmation_by_default_and_Force_still_honours_WhatIf(string cmdlet, string action)
    {
        var id = NewSchedule("confirm");
        var asked = _shell.Run($"{cmdlet} -Id $id", ("id", id));
        // A runspace without a user interface cannot show the prompt: the error that says so quotes it.
        var prompt = Assert.Single(asked.Errors);
        Assert.StartsWith("HostFunctionNotImplemented,", prompt.FullyQualifiedErrorId);
        Assert.Contains($"Performing the operation \"{action}\" on target \"{id}\"", prompt.ToString());

        _shell.Run($"{cmdlet} -Id $id -Force -WhatIf", ("id", id)).AssertSucceeded();
        Assert.Equal(new[] { "active", "active" }, StateOfScheduleAndJob(id));
    }

    [Fact]
    public void Remove_BatchJobSchedule_Force_deletes_the_schedule_with_its_jobs()
    {
        var id = NewSchedule("remove");
        _shell.Run("Get-BatchJobSchedule -Id $id | Remove-BatchJobSchedule -Force", ("id", id)).AssertSucceeded();

        var states = StateOfScheduleAndJob(id);
        Assert.Contains(states[0], new[] { "deleting", "ObjectNotFound" });
        Assert.Contains(states[1], new[] { "deleting", "ObjectNotFound" });
    }

    [Fact]
    public void Removing_a_missing_schedule_is_JobScheduleNotFound_targeted_at_it()
    {
        var error = Assert.Single(_shell.Run("Remove-BatchJobSchedule -Id no-such-schedule -Force").Errors);
        Assert.Equal("JobScheduleNotFound,AzBatchJobs.Cmdlets.RemoveBatchJobScheduleCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal("no-such-schedule", error.TargetObject);
    }

    [Theory]
    [InlineData("Remove-BatchJobSchedule", "DELETE")]
    [InlineData("Stop-BatchJobSchedule", "POST")]
    public void Force_only_skips_the_prompt_and_SkipNodeCleanup_sends_the_services_force(string cmdlet, string method)
    {
        var (plain, skip) = (NewSchedule("force"), NewSchedule("skipcleanup"));
        var result = _shell.Run($"""
            {cmdlet} -Id $plain -Force -Verbose
            {cmdlet} -Id $skip -Force -SkipNodeCleanup -Verbose
            """, ("plain", plain), ("skip", skip)).AssertSucceeded();

        Assert.DoesNotContain("force=", Assert.Single(result.Requests(method), r => r.Contains($"/jobschedules/{plain}")));
        Assert.Contains("force=true", Assert.Single(result.Requests(method), r => r.Contains($"/jobschedules/{skip}")));
    }
}
