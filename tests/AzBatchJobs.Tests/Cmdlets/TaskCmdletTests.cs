using System.Management.Automation;
using AzBatchJobs.Tests.Shell;

namespace AzBatchJobs.Tests.Cmdlets;

/// <summary>New-, Get-, Set-, Stop-, Remove-BatchTask, Invoke-BatchTaskReactivate and Get-BatchSubtask, typed as a user types them.</summary>
public sealed class TaskCmdletTests : IClassFixture<BatchShell>
{
    private const string GetTask = "AzBatchJobs.Cmdlets.GetBatchTaskCommand";
    private readonly BatchShell _shell;

    public TaskCmdletTests(BatchShell shell) => _shell = shell;

    [Fact]
    public void New_BatchTask_takes_nested_settings_as_hashtables_and_returns_the_task()
    {
        var job = _shell.NewJob(disabled: true);
        var result = _shell.RunTasks("""
            New-BatchTask -JobId $job -Id t1 -CommandLine (Sh 'echo hi') -DisplayName first `
                -Constraints @{ MaxWallClockTime = '01:00:00'; MaxTaskRetryCount = 2 } -EnvironmentSettings @{ GREETING = 'hello' }
            """, ("job", job)).AssertSucceeded();
        Assert.Equal(job, result.Property("JobId").Single());
        Assert.Equal("t1", result.Property("Id").Single());
        Assert.Equal("first", result.Property("DisplayName").Single());
        var read = _shell.Run("""
            $t = Get-BatchTask -JobId $job -Id t1
            $t.Constraints.MaxWallClockTime.TotalHours
            $t.Constraints.MaxTaskRetryCount
            $t.EnvironmentSettings | ForEach-Object { "$($_.Name)=$($_.Value)" }
            """, ("job", job)).AssertSucceeded();
        Assert.Equal(["1", "2", "GREETING=hello"], read.Lines);
    }

    [Fact]
    public void New_BatchTask_takes_piped_task_specifications_and_names_an_unknown_key()
    {
        var job = _shell.NewJob(disabled: true);
        var result = _shell.RunTasks("""
            @{ Id = 'spec'; CommandLine = (Sh 'exit 0'); Constraints = @{ MaxTaskRetryCount = 1 } },
            @{ Id = 'typo'; CommandLin = (Sh 'exit 0') } | New-BatchTask -JobId $job
            """, ("job", job));
        var task = Assert.Single(result.Output);
        Assert.Equal("spec", task.Properties["Id"].Value);
        var error = Assert.Single(result.Errors);
        Assert.Equal("UnknownTaskProperty,AzBatchJobs.Cmdlets.NewBatchTaskCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Equal("typo", error.TargetObject);
        Assert.Contains("'CommandLin'", error.ToString());
        Assert.Equal(["spec"], _shell.TaskIds(job));
    }

    [Fact]
    public void New_BatchTask_WhatIf_adds_nothing()
    {
        var job = _shell.NewJob(disabled: true);
        var result = _shell.RunTasks("New-BatchTask -JobId $job -Id t1 -CommandLine (Sh 'exit 0') -WhatIf -Verbose", ("job", job)).AssertSucceeded();
        Assert.Empty(result.Output);
        Assert.DoesNotContain(result.Verbose, v => v.Message.StartsWith("POST ", StringComparison.Ordinal));
        Assert.Empty(_shell.TaskIds(job));
    }

    [Fact]
    public void A_piped_job_lists_its_tasks()
    {
        var job = _shell.NewJob(disabled: true);
        var result = _shell.RunTasks("""
            'a', 'b' | ForEach-Object { $null = New-BatchTask -JobId $job -Id $_ -CommandLine (Sh 'exit 0') }
            Get-BatchJob -Id $job | Get-BatchTask
            """, ("job", job)).AssertSucceeded();
        Assert.Equal(["a", "b"], result.Property("Id").Cast<string>().Order());
        Assert.All(result.Property("JobId"), j => Assert.Equal(job, j));
    }

    [Fact]
    public void A_piped_task_gives_that_task_not_every_task_of_its_job()
    {
        var job = _shell.NewJob(disabled: true);
        var result = _shell.RunTasks("""
            'a', 'b', 'c' | ForEach-Object { $null = New-BatchTask -JobId $job -Id $_ -CommandLine (Sh 'exit 0') }
            Get-BatchTask $job b | Get-BatchTask
            '---'
            Get-BatchTask -JobId $job -Id a, c | Get-BatchTask
            """, ("job", job)).AssertSucceeded();
        Assert.Equal(["b", "---", "a", "c"], result.Output.Select(o => o.BaseObject as string ?? (string)o.Properties["Id"].Value));
    }

    [Fact]
    public void Id_takes_wildcards_the_service_filters_on_the_prefix_and_the_rest_is_matched_here()
    {
        var job = _shell.NewJob(disabled: true);
        var result = _shell.RunTasks("""
            'extract-1', 'extract-2', 'load-1' | ForEach-Object { $null = New-BatchTask -JobId $job -Id $_ -CommandLine (Sh 'exit 0') }
            (Get-BatchTask -JobId $job -Id 'extract-*' -Verbose).Id -join ','
            (Get-BatchTask -JobId $job -Id '*-1').Id -join ','
            (Get-BatchTask -JobId $job -Id 'EXTRACT-[2-9]', 'load-1').Id -join ','
            (Get-BatchTask -JobId $job -Id 'nothing*').Count
            """, ("job", job)).AssertSucceeded();
        Assert.Equal(["extract-1,extract-2", "extract-1,load-1", "extract-2,load-1", "0"], result.Lines);
        var listing = Assert.Single(result.Verbose, v => v.Message.StartsWith("GET ", StringComparison.Ordinal));
        Assert.Contains("$filter=startswith(id, 'extract-')", Uri.UnescapeDataString(listing.Message));
    }

    [Fact]
    public void Piped_strings_are_task_ids_and_a_filter_narrows_named_tasks()
    {
        var job = _shell.NewJob(disabled: true);
        var result = _shell.RunTasks("""
            'a', 'b', 'c' | ForEach-Object { $null = New-BatchTask -JobId $job -Id $_ -CommandLine (Sh 'exit 0') }
            ('a', 'c' | Get-BatchTask -JobId $job).Id -join ','
            (Get-BatchTask -JobId $job -Id a, b -Filter "state eq 'active'").Id -join ','
            (Get-BatchTask -JobId $job -Id a -Filter "state eq 'completed'").Count
            """, ("job", job)).AssertSucceeded();
        Assert.Equal(["a,c", "a,b", "0"], result.Lines);
    }

    [Fact]
    public void A_missing_task_is_an_error_targeted_at_it_and_the_other_ids_are_still_read()
    {
        var job = _shell.NewJob(disabled: true);
        var result = _shell.RunTasks("""
            $null = New-BatchTask -JobId $job -Id here -CommandLine (Sh 'exit 0')
            Get-BatchTask -JobId $job -Id gone, here
            """, ("job", job));
        Assert.Equal("here", Assert.Single(result.Output).Properties["Id"].Value);
        var error = Assert.Single(result.Errors);
        Assert.Equal($"TaskNotFound,{GetTask}", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal($"{job}/gone", error.TargetObject);
    }

    [Fact]
    public void Failed_tasks_piped_from_a_filter_are_reactivated()
    {
        var job = _shell.NewJob();
        var result = _shell.RunTasks("""
            $null = New-BatchTask -JobId $job -Id fails -CommandLine (Sh 'exit 3')
            $null = New-BatchTask -JobId $job -Id works -CommandLine (Sh 'exit 0')
            $null = Wait-Completed $job fails, works
            $failed = Get-BatchTask -JobId $job -Filter "executionInfo/result eq 'failure'"
            $failed | Invoke-BatchTaskReactivate -PassThru -Verbose
            $failed
            """, ("job", job)).AssertSucceeded();
        Assert.Equal(["fails", "fails"], result.Property("Id").Cast<string>());
        Assert.Contains(result.Verbose, v => v.Message.StartsWith("POST ", StringComparison.Ordinal) && v.Message.Contains($"/jobs/{job}/tasks/fails/reactivate"));
        // The task may already have run and failed again: either way it left the state it was in.
        var (after, before) = (result.Output[0], result.Output[1]);
        Assert.True(after.Properties["State"].Value.ToString() != "completed"
            || (DateTimeOffset)after.Properties["StateTransitionTime"].Value > (DateTimeOffset)before.Properties["StateTransitionTime"].Value);
    }

    [Fact]
    public void Stop_BatchTask_Force_ends_a_running_task_without_asking()
    {
        var job = _shell.NewJob();
        var result = _shell.RunTasks("""
            $task = New-BatchTask -JobId $job -Id sleeper -CommandLine (Sleeper)
            $task | Stop-BatchTask -Force -PassThru | Out-Null
            (Wait-Completed $job sleeper).ExecutionInfo.FailureInfo.Code
            """, ("job", job)).AssertSucceeded();
        Assert.Equal(["TaskEnded"], result.Lines);
    }

    [Fact]
    public void Set_BatchTask_changes_one_constraint_and_keeps_the_others()
    {
        var job = _shell.NewJob(disabled: true);
        var result = _shell.RunTasks("""
            $null = New-BatchTask -JobId $job -Id c -CommandLine (Sh 'exit 0') -Constraints @{ MaxWallClockTime = '00:30:00' }
            $task = Get-BatchTask -JobId $job -Id c | Set-BatchTask -MaxTaskRetryCount 4 -PassThru
            $task.Constraints.MaxTaskRetryCount
            $task.Constraints.MaxWallClockTime.TotalMinutes
            """, ("job", job)).AssertSucceeded();
        Assert.Equal(["4", "30"], result.Lines);
    }

    [Fact]
    public void Remove_BatchTask_deletes_the_task()
    {
        var job = _shell.NewJob(disabled: true);
        _shell.RunTasks("""
            $null = New-BatchTask -JobId $job -Id gone -CommandLine (Sh 'exit 0')
            $null = New-BatchTask -JobId $job -Id kept -CommandLine (Sh 'exit 0')
            Remove-BatchTask -JobId $job -Id gone -Confirm:$false
            Get-BatchTask -JobId $job -Id kept | Remove-BatchTask -WhatIf
            """, ("job", job)).AssertSucceeded();
        Assert.Equal(["kept"], _shell.TaskIds(job));
    }

    [Fact]
    public void Get_BatchSubtask_of_a_plain_task_is_empty()
    {
        var job = _shell.NewJob(disabled: true);
        var result = _shell.RunTasks("New-BatchTask -JobId $job -Id plain -CommandLine (Sh 'exit 0') | Get-BatchSubtask", ("job", job)).AssertSucceeded();
        Assert.Empty(result.Output);
    }
}
