using System.Management.Automation;
using AzBatchJobs.Tests.Shell;

namespace AzBatchJobs.Tests.Cmdlets;

/// <summary>Set-, Update-, Disable- and Enable-BatchJobSchedule as a user types them (issue 15).</summary>
public sealed class JobScheduleChangeTests : IClassFixture<BatchShell>
{
    private readonly BatchShell _shell;

    public JobScheduleChangeTests(BatchShell shell) => _shell = shell;

    private string NewSchedule(string prefix, string parameters = "")
    {
        var id = BatchShell.NewId(prefix);
        _shell.Run($"New-BatchJobSchedule -Id $id -PoolId pool1 {parameters} | Out-Null", ("id", id)).AssertSucceeded();
        return id;
    }

    private PSObject Read(string id) => Assert.Single(_shell.Run("Get-BatchJobSchedule -Id $id", ("id", id)).AssertSucceeded().Output);

    [Fact]
    public void Set_BatchJobSchedule_replaces_the_schedule_from_a_modified_object_and_writes_nothing_without_PassThru()
    {
        var id = NewSchedule("set", "-RecurrenceInterval 3600 -Metadata @{ owner = 'me' }");
        var result = _shell.Run("""
            $schedule = Get-BatchJobSchedule -Id $id
            $schedule.JobSpecification.Priority = 500
            $schedule.Schedule = @{ RecurrenceInterval = '02:00:00' }
            $schedule.Metadata = @()
            $schedule | Set-BatchJobSchedule
            '---'
            (Get-BatchJobSchedule -Id $id | Set-BatchJobSchedule -PassThru).Id
            """, ("id", id)).AssertSucceeded();
        Assert.Equal(new[] { "---", id }, result.Lines);

        var replaced = Read(id);
        Assert.Equal(500, replaced.Get("JobSpecification.Priority"));
        Assert.Equal(TimeSpan.FromHours(2), replaced.Get("Schedule.RecurrenceInterval"));
        Assert.Empty((System.Collections.IEnumerable)replaced.Get("Metadata")!);
    }

    [Fact]
    public void Set_BatchJobSchedule_WhatIf_changes_nothing()
    {
        var id = NewSchedule("setwhatif");
        _shell.Run("""
            $schedule = Get-BatchJobSchedule -Id $id
            $schedule.JobSpecification.Priority = 500
            $schedule | Set-BatchJobSchedule -WhatIf
            """, ("id", id)).AssertSucceeded();
        Assert.Equal(0, Read(id).Get("JobSpecification.Priority"));
    }

    [Fact]
    public void Update_BatchJobSchedule_replaces_the_schedule_with_the_times_given_and_leaves_the_other_parts()
    {
        var id = NewSchedule("update", "-RecurrenceInterval 3600 -StartWindow 600 -Metadata @{ owner = 'me' }");
        var updated = Assert.Single(_shell.Run("Update-BatchJobSchedule -Id $id -RecurrenceInterval '06:00:00' -PassThru", ("id", id)).AssertSucceeded().Output);

        Assert.Equal(TimeSpan.FromHours(6), updated.Get("Schedule.RecurrenceInterval"));
        Assert.Null(updated.Get("Schedule.StartWindow"));
        Assert.Equal("pool1", updated.Get("JobSpecification.PoolInfo.PoolId"));
        Assert.Equal("me", PSObject.AsPSObject(((System.Collections.IEnumerable)updated.Get("Metadata")!).Cast<object>().Single()).Get("Value"));
    }

    [Fact]
    public void Update_BatchJobSchedule_takes_piped_schedules_a_job_specification_hashtable_and_metadata()
    {
        var id = NewSchedule("updatepipe", "-RecurrenceInterval 3600 -Metadata @{ owner = 'me' }");
        var result = _shell.Run("""
            Get-BatchJobSchedule -Id $id | Update-BatchJobSchedule -JobSpecification @{ PoolInfo = @{ PoolId = 'pool2' }; Priority = 10 } -Metadata @{}
            Get-BatchJobSchedule -Id $id
            """, ("id", id)).AssertSucceeded();

        var updated = Assert.Single(result.Output);
        Assert.Equal("pool2", updated.Get("JobSpecification.PoolInfo.PoolId"));
        Assert.Equal(10, updated.Get("JobSpecification.Priority"));
        Assert.Equal(TimeSpan.FromHours(1), updated.Get("Schedule.RecurrenceInterval"));
        Assert.Empty((System.Collections.IEnumerable)updated.Get("Metadata")!);
    }

    [Fact]
    public void Update_BatchJobSchedule_WhatIf_changes_nothing_and_a_missing_schedule_is_JobScheduleNotFound()
    {
        var id = NewSchedule("updatewhatif", "-RecurrenceInterval 3600");
        var result = _shell.Run("""
            Update-BatchJobSchedule -Id $id -RecurrenceInterval 60 -WhatIf
            Update-BatchJobSchedule -Id no-such-schedule -RecurrenceInterval 60
            """, ("id", id));

        Assert.Equal(TimeSpan.FromHours(1), Read(id).Get("Schedule.RecurrenceInterval"));
        var error = Assert.Single(result.Errors);
        Assert.Equal("JobScheduleNotFound,AzBatchJobs.Cmdlets.UpdateBatchJobScheduleCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal("no-such-schedule", error.TargetObject);
    }

    [Fact]
    public void Update_BatchJobSchedule_refuses_a_job_specification_without_a_pool_before_sending()
    {
        var id = NewSchedule("updatebad");
        var result = _shell.Run("Update-BatchJobSchedule -Id $id -JobSpecification @{ Priority = 1 } -Verbose", ("id", id));

        var error = Assert.Single(result.Errors);
        Assert.Equal("BatchInvalidArgument,AzBatchJobs.Cmdlets.UpdateBatchJobScheduleCommand", error.FullyQualifiedErrorId);
        Assert.Contains("JobSpecification", error.ToString());
        Assert.Empty(result.Requests("PATCH"));
    }

    [Fact]
    public void Disable_then_Enable_changes_the_state_and_PassThru_returns_the_schedule()
    {
        var id = NewSchedule("disable", "-RecurrenceInterval 3600");
        var result = _shell.Run("""
            (Disable-BatchJobSchedule -Id $id -PassThru).State
            Enable-BatchJobSchedule -Id $id
            (Get-BatchJobSchedule -Id $id).State
            (Get-BatchJobSchedule -Id $id | Disable-BatchJobSchedule -PassThru | Enable-BatchJobSchedule -PassThru).State
            """, ("id", id)).AssertSucceeded();
        Assert.Equal(new[] { "disabled", "active", "active" }, result.Lines);
    }

    [Theory]
    [InlineData("Disable-BatchJobSchedule", "active")]
    [InlineData("Enable-BatchJobSchedule", "disabled")]
    public void Disable_and_Enable_WhatIf_change_nothing(string cmdlet, string expected)
    {
        var id = NewSchedule("statewhatif", "-RecurrenceInterval 3600");
        if (expected == "disabled") _shell.Run("Disable-BatchJobSchedule -Id $id", ("id", id)).AssertSucceeded();
        _shell.Run($"{cmdlet} -Id $id -WhatIf", ("id", id)).AssertSucceeded();
        Assert.Equal(expected, Read(id).Get("State"));
    }

    [Fact]
    public void A_job_piped_into_a_schedule_cmdlet_is_refused_and_never_taken_for_a_schedule()
    {
        var id = NewSchedule("nojob", "-RecurrenceInterval 3600");
        var result = _shell.Run("""
            [AzBatchJobs.Client.Models.BatchJob]@{ Id = $id } | Disable-BatchJobSchedule
            """, ("id", id));
        Assert.StartsWith("InputObjectNotBound,", Assert.Single(result.Errors).FullyQualifiedErrorId);
        Assert.Equal("active", Read(id).Get("State"));
    }
}
