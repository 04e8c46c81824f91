using System.Management.Automation;
using System.Text.RegularExpressions;
using AzBatchJobs.Tests.Shell;

namespace AzBatchJobs.Tests.Cmdlets;

/// <summary>Add-BatchTaskCollection over the bulk engine: what goes in (objects, hashtables, CSV rows), what comes out, and its errors.</summary>
public sealed class TaskCollectionCmdletTests : IClassFixture<BatchShell>
{
    private const string AddCollection = "AzBatchJobs.Cmdlets.AddBatchTaskCollectionCommand";
    private readonly BatchShell _shell;

    public TaskCollectionCmdletTests(BatchShell shell) => _shell = shell;

    [Fact]
    public void More_tasks_than_the_feed_holds_stream_through_in_several_requests_with_progress()
    {
        var job = _shell.NewJob(disabled: true);
        var result = _shell.RunTasks("""
            1..1200 | ForEach-Object { @{ Id = "t$_"; CommandLine = "echo $_" } } | Add-BatchTaskCollection -JobId $job -ThrottleLimit 2 -Verbose
            """, ("job", job)).AssertSucceeded();
        Assert.Equal(1200, result.Output.Count);
        Assert.All(result.Property("Status"), s => Assert.Equal("Added", s?.ToString()));
        Assert.Equal(Enumerable.Range(0, 1200).Select(i => (long)i), result.Property("InputIndex").Select(Convert.ToInt64).Order());
        Assert.True(result.Verbose.Count(v => v.Message.StartsWith("POST ", StringComparison.Ordinal) && v.Message.Contains("/addtaskcollection")) >= 12);
        Assert.Contains(result.Progress, p => p.RecordType == ProgressRecordType.Processing && p.StatusDescription.Contains("added"));
        Assert.Equal(ProgressRecordType.Completed, result.Progress.Last().RecordType);
        var listed = _shell.Run("$t = Get-BatchTask -JobId $job -Id t1200; $t.CommandLine; (Get-BatchTask -JobId $job -Select id).Count", ("job", job)).AssertSucceeded();
        Assert.Equal(["echo 1200", "1200"], listed.Lines);
    }

    [Fact]
    public void Csv_rows_bind_every_flat_task_property_by_column_name()
    {
        var job = _shell.NewJob(disabled: true, extra: "-UsesTaskDependencies");
        var result = _shell.Run("""
            @'
            Id,CommandLine,DisplayName,MaxTaskRetryCount,MaxWallClockTime,RetentionTime,RequiredSlots,EnvironmentSettings,DependsOn
            first,echo 1,The first,3,01:30:00,P2D,2,A=1;B=two,
            second,echo 2,,,,,,,first;third
            '@ | ConvertFrom-Csv | Add-BatchTaskCollection -JobId $job | Out-Null
            $first = Get-BatchTask -JobId $job -Id first
            $first.DisplayName
            $first.Constraints.MaxTaskRetryCount
            $first.Constraints.MaxWallClockTime.TotalMinutes
            $first.Constraints.RetentionTime.TotalDays
            $first.RequiredSlots
            ($first.EnvironmentSettings | ForEach-Object { "$($_.Name)=$($_.Value)" }) -join ' '
            $second = Get-BatchTask -JobId $job -Id second
            $second.DependsOn.TaskIds -join ' '
            [string]::IsNullOrEmpty($second.DisplayName)
            """, ("job", job)).AssertSucceeded();
        Assert.Equal(["The first", "3", "90", "2", "2", "A=1 B=two", "first third", "True"], result.Lines);
    }

    [Fact]
    public void Objects_and_hashtables_bind_every_task_property_and_a_task_from_another_job_is_copied()
    {
        var source = _shell.NewJob(disabled: true);
        var job = _shell.NewJob(disabled: true);
        var result = _shell.Run("""
            $null = New-BatchTask -JobId $source -Id copied -CommandLine 'echo copy' -Constraints @{ MaxTaskRetryCount = 5 } -EnvironmentSettings @{ FROM = 'source' }
            $tasks = @(
                [pscustomobject]@{ Id = 'object'; CommandLine = 'echo o'; Constraints = @{ MaxTaskRetryCount = 1 }; MaxTaskRetryCount = 2 }
                @{ Id = 'table'; CommandLine = 'echo t'; EnvironmentSettings = @{ K = 'v' }; ResourceFiles = @{ HttpUrl = 'https://example.invalid/a'; FilePath = 'a' } }
                [AzBatchJobs.Client.Models.BatchTaskCreateOptions]@{ Id = 'typed'; CommandLine = 'echo typed' }
                (Get-BatchTask -JobId $source -Id copied)
            )
            $tasks | Add-BatchTaskCollection -JobId $job | Out-Null
            (Get-BatchTask -JobId $job -Id object).Constraints.MaxTaskRetryCount
            $table = Get-BatchTask -JobId $job -Id table
            "$($table.EnvironmentSettings.Name)=$($table.EnvironmentSettings.Value) $($table.ResourceFiles.FilePath)"
            (Get-BatchTask -JobId $job -Id typed).CommandLine
            $copy = Get-BatchTask -JobId $job -Id copied
            "$($copy.CommandLine) $($copy.Constraints.MaxTaskRetryCount) $($copy.EnvironmentSettings.Value)"
            """, ("job", job), ("source", source)).AssertSucceeded();
        Assert.Equal(["2", "K=v a", "echo typed", "echo copy 5 source"], result.Lines);
    }

    [Fact]
    public void An_unknown_key_or_column_is_named_in_an_error_and_the_other_rows_are_added()
    {
        var job = _shell.NewJob(disabled: true);
        var result = _shell.Run("""
            @{ Id = 'good'; CommandLine = 'x' },
            @{ Id = 'typo'; CommandLin = 'x'; Colour = 'red' },
            [pscustomobject]@{ Id = 'late'; CommandLine = 'x'; MaxTaskRetryCount = 'many' },
            'just text' | Add-BatchTaskCollection -JobId $job
            """, ("job", job));
        Assert.Equal("good", Assert.Single(result.Output).Properties["TaskId"].Value);
        Assert.Equal(3, result.Errors.Count);
        var unknown = result.Errors[0];
        Assert.Equal($"UnknownTaskProperty,{AddCollection}", unknown.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, unknown.CategoryInfo.Category);
        Assert.Equal("typo", unknown.TargetObject);
        Assert.Contains("'CommandLin'", unknown.ToString());
        Assert.Contains("'Colour'", unknown.ToString());
        Assert.Contains("CommandLine", unknown.Exception.Message);
        var invalid = result.Errors[1];
        Assert.Equal($"InvalidTaskPropertyValue,{AddCollection}", invalid.FullyQualifiedErrorId);
        Assert.Equal("late", invalid.TargetObject);
        Assert.Contains("'MaxTaskRetryCount' cannot be set to 'many'", invalid.ToString());
        var notATask = result.Errors[2];
        Assert.Equal($"InvalidTaskInput,{AddCollection}", notATask.FullyQualifiedErrorId);
        Assert.Contains("A String is not a task", notATask.ToString());
        Assert.Equal(["good"], _shell.TaskIds(job));
    }

    [Fact]
    public void A_task_already_in_the_job_is_reported_as_such_and_a_duplicate_id_fails_without_being_sent()
    {
        var job = _shell.NewJob(disabled: true);
        var result = _shell.Run("""
            $null = New-BatchTask -JobId $job -Id old -CommandLine 'echo old'
            Add-BatchTaskCollection -JobId $job -Task @(
                @{ Id = 'old'; CommandLine = 'echo new' }
                @{ Id = 'fresh'; CommandLine = 'echo first' }
                @{ Id = 'FRESH'; CommandLine = 'echo second' })
            """, ("job", job));
        Assert.Null(result.TerminatingError);
        var status = result.Output.ToDictionary(o => Convert.ToInt64(o.Properties["InputIndex"].Value), o => o.Properties["Status"].Value.ToString()!);
        Assert.Equal(["AlreadyExisted", "Added", "Failed"], [status[0], status[1], status[2]]);
        var error = Assert.Single(result.Errors);
        Assert.Equal("FRESH", error.TargetObject);
        Assert.Equal($"DuplicateTaskId,{AddCollection}", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        var listed = _shell.Run("Get-BatchTask -JobId $job | ForEach-Object { \"$($_.Id): $($_.CommandLine)\" } | Sort-Object", ("job", job)).AssertSucceeded();
        Assert.Equal(["fresh: echo first", "old: echo old"], listed.Lines);
    }

    [Fact]
    public void Tasks_for_a_missing_job_each_fail_with_a_targeted_error()
    {
        var result = _shell.Run("1..3 | ForEach-Object { @{ Id = \"t$_\"; CommandLine = 'x' } } | Add-BatchTaskCollection -JobId $job",
            ("job", BatchShell.NewId("nojob")));
        Assert.Null(result.TerminatingError);
        Assert.All(result.Property("Status"), s => Assert.Equal("Failed", s?.ToString()));
        Assert.Equal(["t1", "t2", "t3"], result.Errors.Select(e => (string)e.TargetObject).Order());
        Assert.All(result.Errors, e => Assert.Equal(ErrorCategory.ObjectNotFound, e.CategoryInfo.Category));
        Assert.All(result.Errors, e => Assert.Equal($"JobNotFound,{AddCollection}", e.FullyQualifiedErrorId));
    }

    [Fact]
    public void An_invalid_job_id_is_a_terminating_error_naming_the_job()
    {
        var result = _shell.Run("@{ Id = 'a'; CommandLine = 'x' }, @{ Id = 'b'; CommandLine = 'x' } | Add-BatchTaskCollection -JobId 'no spaces allowed'");
        var error = Assert.Single(result.Errors);
        Assert.Equal($"BatchInvalidArgument,{AddCollection}", error.FullyQualifiedErrorId);
        Assert.Equal("no spaces allowed", error.TargetObject);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void ErrorAction_Stop_settles_what_was_sent_and_sums_up_on_the_warning_stream()
    {
        var job = _shell.NewJob(disabled: true);
        var result = _shell.Run("""
            $rows = 1..2000 | ForEach-Object { if ($_ -eq 300) { @{ Id = 'not valid!'; CommandLine = 'x' } } else { @{ Id = "t$_"; CommandLine = 'x' } } }
            try { $rows | Add-BatchTaskCollection -JobId $job -ThrottleLimit 4 -ErrorAction Stop -WarningVariable summary | Out-Null }
            catch { $_.FullyQualifiedErrorId; $_.TargetObject }
            "captured: $summary"
            """, ("job", job));
        Assert.Equal($"InvalidTaskId,{AddCollection}", result.Lines[0]);
        Assert.Equal("not valid!", result.Lines[1]);
        var warning = Assert.Single(result.Warnings).Message;
        Assert.Equal("captured: " + warning, result.Lines[2]);
        Assert.Contains("stopped at an error (-ErrorAction Stop)", warning);
        var counts = Counts(warning);
        Assert.Equal(0, counts.Unknown);
        Assert.Equal(1, counts.Failed);
        Assert.InRange(counts.Added, 299, 1999);
        Assert.Equal(counts.Added, _shell.TaskIds(job).Count);
    }

    [Fact]
    public void WhatIf_sends_nothing()
    {
        var job = _shell.NewJob(disabled: true);
        var result = _shell.Run("1..3 | ForEach-Object { @{ Id = \"t$_\"; CommandLine = 'x' } } | Add-BatchTaskCollection -JobId $job -WhatIf -Verbose",
            ("job", job)).AssertSucceeded();
        Assert.Empty(result.Output);
        Assert.DoesNotContain(result.Verbose, v => v.Message.StartsWith("POST ", StringComparison.Ordinal));
        Assert.Empty(_shell.TaskIds(job));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(65)]
    public void ThrottleLimit_out_of_range_is_refused_naming_the_parameter(int limit)
    {
        var result = _shell.Run("@{ Id = 'a'; CommandLine = 'x' } | Add-BatchTaskCollection -JobId any -ThrottleLimit $limit", ("limit", limit));
        var error = Assert.Single(result.Errors);
        Assert.Equal($"ParameterArgumentValidationError,{AddCollection}", error.FullyQualifiedErrorId);
        Assert.Contains("ThrottleLimit", error.ToString());
    }

    [Theory]
    [InlineData(4, 100)]
    [InlineData(1, 300)]
    public void Ctrl_C_stops_promptly_and_the_host_is_told_what_was_added_failed_unknown_and_never_sent(int throttleLimit, int stopAfter)
    {
        var job = _shell.NewJob(disabled: true);
        long taken = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = _shell.RunWhile("""
            $taken = 0
            1..50000 | ForEach-Object { $script:taken++; @{ Id = "s$_"; CommandLine = 'x' } } | Add-BatchTaskCollection -JobId $job -ThrottleLimit $limit
            """, (shell, output) =>
        {
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (output.Count < stopAfter && DateTime.UtcNow < deadline) Thread.Sleep(10);
            shell.Stop();
            taken = Convert.ToInt64(shell.Runspace.SessionStateProxy.GetVariable("taken"));
        }, ("job", job), ("limit", throttleLimit));
        clock.Stop();

        Assert.Equal("PipelineStopped", result.TerminatingError?.FullyQualifiedErrorId);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        Assert.InRange(taken, stopAfter, 49_999);
        var summary = Assert.Single(result.HostLines, l => l.StartsWith("WARNING: Add-BatchTaskCollection was stopped.", StringComparison.Ordinal));
        var counts = Counts(summary);
        Assert.InRange(counts.Total, taken - 1, taken);
        Assert.Equal(0, counts.AlreadyExisted + counts.Failed);
        // The job holds every task reported added, and of the unknown ones some, all or none.
        var listed = _shell.TaskIds(job);
        Assert.InRange(listed.Count, counts.Added, counts.Added + counts.Unknown);
        Assert.All(result.Property("TaskId"), id => Assert.Contains((string)id!, listed));
    }

    private static (long Added, long AlreadyExisted, long Failed, long Unknown, long NotSubmitted, long Total) Counts(string summary)
    {
        var match = Regex.Match(summary, @"(\d+) added, (\d+) already existed, (\d+) failed, (\d+) unknown, (\d+) not submitted");
        Assert.True(match.Success, summary);
        var n = Enumerable.Range(1, 5).Select(g => long.Parse(match.Groups[g].Value)).ToArray();
        return (n[0], n[1], n[2], n[3], n[4], n.Sum());
    }
}
