using System.Management.Automation;
using AzBatchJobs.Tests.Shell;

namespace AzBatchJobs.Tests.Cmdlets;

/// <summary>New- and Get-BatchJobSchedule as a user types them (issue 15).</summary>
public sealed class JobScheduleCreateTests : IClassFixture<BatchShell>
{
    private readonly BatchShell _shell;

    public JobScheduleCreateTests(BatchShell shell) => _shell = shell;

    private ShellResult LookUp(string id) => _shell.Run("""
        Get-BatchJobSchedule -Id $id -ErrorAction SilentlyContinue -ErrorVariable lookup
        $lookup.CategoryInfo.Category
        """, ("id", id));

    [Fact]
    public void New_BatchJobSchedule_takes_the_job_specification_as_a_hashtable_and_times_as_seconds_and_returns_the_schedule_with_its_first_job()
    {
        var id = BatchShell.NewId("sched");
        var schedule = Assert.Single(_shell.Run("""
            New-BatchJobSchedule -Id $id -PoolId pool1 -DisplayName Nightly -RecurrenceInterval 3600 -StartWindow '00:10:00' -DoNotRunAfter '2030-12-31T23:59:59Z' `
                -JobSpecification @{ Priority = 100; OnAllTasksComplete = 'TerminateJob'; JobManagerTask = @{ Id = 'manager'; CommandLine = 'hostname' }
                                     CommonEnvironmentSettings = @(@{ Name = 'STAGE'; Value = 'test' }) } `
                -Metadata @{ owner = 'me' }
            """, ("id", id)).AssertSucceeded().Output);

        Assert.Equal("AzBatchJobs.Client.Models.BatchJobSchedule", schedule.BaseObject.GetType().FullName);
        Assert.Equal(id, schedule.Get("Id"));
        Assert.Equal("Nightly", schedule.Get("DisplayName"));
        Assert.Equal("active", schedule.Get("State"));
        Assert.Equal(TimeSpan.FromHours(1), schedule.Get("Schedule.RecurrenceInterval"));
        Assert.Equal(TimeSpan.FromMinutes(10), schedule.Get("Schedule.StartWindow"));
        Assert.Equal(new DateTimeOffset(2030, 12, 31, 23, 59, 59, TimeSpan.Zero), schedule.Get("Schedule.DoNotRunAfter"));
        Assert.Equal("pool1", schedule.Get("JobSpecification.PoolInfo.PoolId"));
        Assert.Equal(100, schedule.Get("JobSpecification.Priority"));
        Assert.Equal("terminatejob", schedule.Get("JobSpecification.OnAllTasksComplete"));
        Assert.Equal("manager", schedule.Get("JobSpecification.JobManagerTask.Id"));
        Assert.Equal("test", PSObject.AsPSObject(((System.Collections.IEnumerable)schedule.Get("JobSpecification.CommonEnvironmentSettings")!).Cast<object>().Single()).Get("Value"));
        Assert.Equal("me", PSObject.AsPSObject(((System.Collections.IEnumerable)schedule.Get("Metadata")!).Cast<object>().Single()).Get("Value"));
        Assert.Equal($"{id}:job-1", schedule.Get("ExecutionInfo.RecentJob.Id"));
    }

    [Fact]
    public void DoNotRunUntil_takes_a_DateTime_and_no_job_is_created_before_it()
    {
        var id = BatchShell.NewId("later");
        var result = _shell.Run("""
            $start = [datetime]::UtcNow.AddHours(2)
            $schedule = New-BatchJobSchedule -Id $id -PoolId pool1 -DoNotRunUntil $start
            [string]($schedule.ExecutionInfo.NextRunTime -eq [datetimeoffset]$start)
            [string]($null -eq $schedule.ExecutionInfo.RecentJob)
            @(Get-BatchJob -JobScheduleId $id).Count
            """, ("id", id)).AssertSucceeded();
        Assert.Equal(new[] { "True", "True", "0" }, result.Lines);
    }

    [Fact]
    public void New_BatchJobSchedule_takes_a_piped_schedule_object()
    {
        var id = BatchShell.NewId("piped");
        var result = _shell.Run("""
            [AzBatchJobs.Client.Models.BatchJobScheduleCreateOptions]@{ Id = $id; Schedule = @{}; JobSpecification = @{ PoolInfo = @{ PoolId = 'pool1' }; MaxParallelTasks = 3 } } | New-BatchJobSchedule
            """, ("id", id)).AssertSucceeded();
        var schedule = Assert.Single(result.Output);
        Assert.Equal(3, schedule.Get("JobSpecification.MaxParallelTasks"));
        Assert.Null(schedule.Get("Schedule.RecurrenceInterval"));
    }

    [Fact]
    public void New_BatchJobSchedule_with_an_existing_id_writes_a_JobScheduleExists_error_naming_the_schedule()
    {
        var id = BatchShell.NewId("dup");
        var result = _shell.Run("""
            New-BatchJobSchedule -Id $id -PoolId pool1 | Out-Null
            New-BatchJobSchedule -Id $id -PoolId pool1
            """, ("id", id));

        var error = Assert.Single(result.Errors);
        Assert.Equal("JobScheduleExists,AzBatchJobs.Cmdlets.NewBatchJobScheduleCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ResourceExists, error.CategoryInfo.Category);
        Assert.Equal(id, error.TargetObject);
    }

    [Theory]
    [InlineData("-DisplayName nopool", "JobSpecification", "PoolInfo")]
    [InlineData("-PoolId pool1 -RecurrenceInterval 30", "RecurrenceInterval", "at least 00:01:00")]
    [InlineData("-PoolId pool1 -StartWindow 59", "StartWindow", "at least 00:01:00")]
    public void Bad_input_is_an_InvalidArgument_error_naming_the_field_and_nothing_is_sent(string parameters, string field, string rule)
    {
        var id = BatchShell.NewId("bad");
        var result = _shell.Run($"New-BatchJobSchedule -Id $id {parameters} -Verbose", ("id", id));

        var error = Assert.Single(result.Errors);
        Assert.Equal("BatchInvalidArgument,AzBatchJobs.Cmdlets.NewBatchJobScheduleCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Equal(id, error.TargetObject);
        Assert.Contains(field, error.ToString());
        Assert.Contains(rule, error.ToString());
        Assert.Empty(result.Requests("POST"));
    }

    [Fact]
    public void New_BatchJobSchedule_WhatIf_creates_nothing()
    {
        var id = BatchShell.NewId("whatif");
        _shell.Run("New-BatchJobSchedule -Id $id -PoolId pool1 -WhatIf", ("id", id)).AssertSucceeded();
        Assert.Equal(new[] { "ObjectNotFound" }, LookUp(id).Lines);
    }

    [Fact]
    public void Get_BatchJobSchedule_of_a_missing_schedule_is_a_non_terminating_JobScheduleNotFound_error_and_the_script_goes_on()
    {
        var result = _shell.Run("Get-BatchJobSchedule -Id no-such-schedule; 'after'");

        Assert.Null(result.TerminatingError);
        Assert.Equal(new[] { "after" }, result.Lines);
        var error = Assert.Single(result.Errors);
        Assert.Equal("JobScheduleNotFound,AzBatchJobs.Cmdlets.GetBatchJobScheduleCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal("no-such-schedule", error.TargetObject);
    }

    [Fact]
    public void Get_BatchJobSchedule_takes_piped_ids_wildcards_a_filter_and_MaxCount()
    {
        var prefix = BatchShell.NewId("list");
        var result = _shell.Run("""
            'x1', 'x2', 'y1' | ForEach-Object { New-BatchJobSchedule -Id "$prefix-$_" -PoolId pool1 | Out-Null }
            ("$prefix-x1", "$prefix-missing", "$prefix-y1" | Get-BatchJobSchedule -ErrorVariable failed -ErrorAction SilentlyContinue).Id
            $failed.TargetObject
            '---'
            (Get-BatchJobSchedule -Id "$prefix-x*" -Verbose).Id | Sort-Object
            (Get-BatchJobSchedule -Id "*$($prefix.Substring(6))-?1" -Select state).Id | Sort-Object
            '---'
            (Get-BatchJobSchedule -Filter "startswith(id, '$prefix')").Count
            (Get-BatchJobSchedule -Filter "startswith(id, '$prefix')" -MaxCount 2).Count
            """, ("prefix", prefix));

        Assert.Equal(new[]
        {
            $"{prefix}-x1", $"{prefix}-y1", $"{prefix}-missing", "---",
            $"{prefix}-x1", $"{prefix}-x2", $"{prefix}-x1", $"{prefix}-y1", "---", "3", "2",
        }, result.Lines);
        var listing = Assert.Single(result.Requests("GET"), r => r.Contains("$filter"));
        Assert.Contains("/jobschedules?", listing);
        Assert.Contains(Uri.EscapeDataString($"startswith(id,'{prefix}-x')"), listing, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_table_and_list_views_show_the_timing_and_the_recent_job()
    {
        var id = BatchShell.NewId("view");
        var result = _shell.Run("""
            $schedule = New-BatchJobSchedule -Id $id -PoolId pool1 -RecurrenceInterval 3600
            $schedule | Format-Table | Out-String -Width 200
            $schedule | Format-List | Out-String -Width 200
            """, ("id", id)).AssertSucceeded();

        var table = result.Lines[0].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(new[] { "Id", "State", "RecurrenceInterval", "NextRunTime", "RecentJobId" }, table[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches($@"^{id}\s+active\s+01:00:00\s+.+\s{id}:job-1$", table[2]);
        Assert.Matches(@"(?m)^RecurrenceInterval\s*: 01:00:00\s*$", result.Lines[1]);
        Assert.Matches($@"(?m)^RecentJobId\s*: {id}:job-1\s*$", result.Lines[1]);
        Assert.Matches(@"(?m)^PoolId\s*: pool1\s*$", result.Lines[1]);
    }
}
