using System.Management.Automation;
using AzBatchJobs.Tests.Shell;

namespace AzBatchJobs.Tests.Cmdlets;

/// <summary>New, Get, Set, Update, Disable, Enable, Stop and Remove-BatchJob as a user types them.</summary>
public sealed class JobLifecycleTests : IClassFixture<BatchShell>
{
    private readonly BatchShell _shell;

    public JobLifecycleTests(BatchShell shell) => _shell = shell;

    private string NewJob(string prefix, string parameters = "")
    {
        var id = BatchShell.NewId(prefix);
        _shell.Run($"New-BatchJob -Id $id -PoolId pool1 {parameters} | Out-Null", ("id", id)).AssertSucceeded();
        return id;
    }

    private string? StateOf(string id) =>
        _shell.Run("(Get-BatchJob -Id $id).State", ("id", id)).AssertSucceeded().Lines.Single();

    [Fact]
    public void New_BatchJob_creates_the_job_with_nested_settings_from_hashtables_and_returns_it()
    {
        var id = BatchShell.NewId("newjob");
        var job = Assert.Single(_shell.Run("""
            New-BatchJob -Id $id -PoolId pool1 -DisplayName Nightly -Priority 100 `
                -JobPreparationTask @{ CommandLine = 'hostname' } `
                -JobReleaseTask @{ CommandLine = 'hostname'; MaxWallClockTime = '00:10:00' } `
                -CommonEnvironmentSettings @{ STAGE = 'test' } -Metadata @{ owner = 'me' }
            """, ("id", id)).AssertSucceeded().Output);

        Assert.Equal("AzBatchJobs.Client.Models.BatchJob", job.BaseObject.GetType().FullName);
        Assert.Equal(id, job.Get("Id"));
        Assert.Equal("Nightly", job.Get("DisplayName"));
        Assert.Equal(100, job.Get("Priority"));
        Assert.Equal("active", job.Get("State"));
        Assert.Equal("hostname", job.Get("JobReleaseTask.CommandLine"));
        Assert.Equal(TimeSpan.FromMinutes(10), job.Get("JobReleaseTask.MaxWallClockTime"));
        Assert.Equal("test", PSObject.AsPSObject(((System.Collections.IEnumerable)job.Get("CommonEnvironmentSettings")!).Cast<object>().Single()).Get("Value"));
        Assert.Equal("me", PSObject.AsPSObject(((System.Collections.IEnumerable)job.Get("Metadata")!).Cast<object>().Single()).Get("Value"));
    }

    [Fact]
    public void New_BatchJob_takes_a_piped_job_specification()
    {
        var id = BatchShell.NewId("spec");
        var result = _shell.Run("""
            [AzBatchJobs.Client.Models.BatchJobCreateOptions]@{ Id = $id; PoolInfo = @{ PoolId = 'pool1' }; MaxParallelTasks = 3 } | New-BatchJob
            """, ("id", id)).AssertSucceeded();
        Assert.Equal(3, Assert.Single(result.Output).Get("MaxParallelTasks"));
    }

    [Fact]
    public void New_BatchJob_with_an_existing_id_writes_a_JobExists_error_naming_the_job()
    {
        var id = NewJob("dupjob");
        var result = _shell.Run("New-BatchJob -Id $id -PoolId pool1 -ErrorVariable failed -ErrorAction SilentlyContinue; $failed", ("id", id));

        var error = Assert.IsType<ErrorRecord>(Assert.Single(result.Output).BaseObject);
        Assert.Equal("JobExists,AzBatchJobs.Cmdlets.NewBatchJobCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ResourceExists, error.CategoryInfo.Category);
        Assert.Equal(id, error.TargetObject);
    }

    [Fact]
    public void New_BatchJob_WhatIf_creates_nothing()
    {
        var id = BatchShell.NewId("whatif");
        var result = _shell.Run("""
            New-BatchJob -Id $id -PoolId pool1 -WhatIf
            Get-BatchJob -Id $id -ErrorAction SilentlyContinue -ErrorVariable lookup
            $lookup.CategoryInfo.Category
            """, ("id", id));
        Assert.Equal(new[] { "ObjectNotFound" }, result.Lines);
    }

    [Fact]
    public void Get_BatchJob_of_a_missing_job_is_a_non_terminating_ObjectNotFound_error_and_the_script_goes_on()
    {
        var result = _shell.Run("Get-BatchJob -Id no-such-job; 'after'");

        Assert.Null(result.TerminatingError);
        Assert.Equal(new[] { "after" }, result.Lines);
        var error = Assert.Single(result.Errors);
        Assert.Equal("JobNotFound,AzBatchJobs.Cmdlets.GetBatchJobCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal("no-such-job", error.TargetObject);
    }

    [Fact]
    public void Get_BatchJob_lists_with_a_filter_and_MaxCount()
    {
        var prefix = BatchShell.NewId("list");
        var result = _shell.Run("""
            'a', 'b', 'c' | ForEach-Object { New-BatchJob -Id "$prefix-$_" -PoolId pool1 | Out-Null }
            (Get-BatchJob -Filter "startswith(id, '$prefix')").Id | Sort-Object
            '---'
            (Get-BatchJob -Filter "startswith(id, '$prefix')" -MaxCount 2).Count
            """, ("prefix", prefix)).AssertSucceeded();
        Assert.Equal(new[] { $"{prefix}-a", $"{prefix}-b", $"{prefix}-c", "---", "2" }, result.Lines);
    }

    [Fact]
    public void Get_BatchJob_of_a_missing_job_schedule_is_ObjectNotFound_targeted_at_the_schedule()
    {
        var error = Assert.Single(_shell.Run("Get-BatchJob -JobScheduleId no-such-schedule").Errors);
        Assert.Equal("JobScheduleNotFound,AzBatchJobs.Cmdlets.GetBatchJobCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal("no-such-schedule", error.TargetObject);
    }

    [Fact]
    public void Verbose_shows_method_url_and_client_request_id_but_never_the_key()
    {
        var id = BatchShell.NewId("verbose");
        var result = _shell.Run("New-BatchJob -Id $id -PoolId pool1 -Verbose -Debug | Out-Null", ("id", id)).AssertSucceeded();

        Assert.Contains(result.Verbose, v => v.Message.StartsWith("POST ", StringComparison.Ordinal) && v.Message.Contains("/jobs") && v.Message.Contains("client-request-id"));
        Assert.Contains(result.Verbose, v => v.Message.StartsWith("GET ", StringComparison.Ordinal) && v.Message.Contains($"/jobs/{id}"));
        Assert.NotEmpty(result.Debug);
        var everything = string.Join("\n", result.Verbose.Select(v => v.Message).Concat(result.Debug.Select(d => d.Message)));
        Assert.DoesNotContain(_shell.Emulator.AccountKey, everything);
        Assert.DoesNotContain("SharedKey", everything);
    }

    [Fact]
    public void Disable_then_Enable_changes_the_job_state_and_PassThru_returns_the_job()
    {
        var id = NewJob("disable");
        var disabled = _shell.Run("(Disable-BatchJob -Id $id -DisableTasks Requeue -PassThru).State", ("id", id)).AssertSucceeded();
        Assert.Contains(disabled.Lines.Single(), new[] { "disabled", "disabling" });

        _shell.Run("Enable-BatchJob -Id $id", ("id", id)).AssertSucceeded();
        Assert.Contains(StateOf(id), new[] { "active", "enabling" });
    }

    [Fact]
    public void Piped_jobs_are_disabled_by_their_own_ids()
    {
        var prefix = BatchShell.NewId("pipe");
        var result = _shell.Run("""
            New-BatchJob -Id "$prefix-1" -PoolId pool1 | Out-Null
            New-BatchJob -Id "$prefix-2" -PoolId pool1 | Out-Null
            Get-BatchJob -Filter "startswith(id, '$prefix') and state eq 'active'" | Disable-BatchJob -DisableTasks Requeue
            (Get-BatchJob -Filter "startswith(id, '$prefix')").State
            """, ("prefix", prefix)).AssertSucceeded();
        Assert.Equal(2, result.Lines.Count);
        Assert.All(result.Lines, state => Assert.Contains(state, new[] { "disabled", "disabling" }));
    }

    [Fact]
    public void A_task_piped_into_a_job_cmdlet_is_refused_and_never_taken_for_a_job()
    {
        var id = NewJob("notask");
        var result = _shell.Run("""
            [AzBatchJobs.Client.Models.BatchTask]@{ JobId = $id; Id = 'some-task' } | Remove-BatchJob -Force
            """, ("id", id));
        Assert.StartsWith("InputObjectNotBound,", Assert.Single(result.Errors).FullyQualifiedErrorId);
        Assert.Equal("active", StateOf(id));
    }

    [Fact]
    public void Update_BatchJob_changes_only_the_given_properties()
    {
        var id = NewJob("update", "-Priority 10 -DisplayName 'keep me'");
        var job = Assert.Single(_shell.Run("Update-BatchJob -Id $id -Priority 500 -PassThru", ("id", id)).AssertSucceeded().Output);
        Assert.Equal(500, job.Get("Priority"));
        Assert.Equal("keep me", job.Get("DisplayName"));
    }

    [Fact]
    public void Update_BatchJob_rejects_an_out_of_range_priority_before_any_request()
    {
        var result = _shell.Run("Update-BatchJob -Id any -Priority 5000 -Verbose");
        var error = Assert.Single(result.Errors);
        Assert.Equal("ParameterArgumentValidationError,AzBatchJobs.Cmdlets.UpdateBatchJobCommand", error.FullyQualifiedErrorId);
        Assert.Contains("Priority", error.ToString());
        Assert.Empty(result.Verbose);
    }

    [Fact]
    public void Set_BatchJob_replaces_the_job_from_a_modified_object()
    {
        var id = NewJob("set", "-Priority 1");
        var result = _shell.Run("""
            $job = Get-BatchJob -Id $id
            $job.Priority = 7
            $job.Constraints = @{ MaxTaskRetryCount = 3 }
            $job | Set-BatchJob
            Get-BatchJob -Id $id
            """, ("id", id)).AssertSucceeded();
        var replaced = Assert.Single(result.Output);
        Assert.Equal(7, replaced.Get("Priority"));
        Assert.Equal(3, replaced.Get("Constraints.MaxTaskRetryCount"));
    }

    [Fact]
    public void Stop_BatchJob_terminates_with_the_reason_without_a_prompt_under_Force()
    {
        var id = NewJob("stop");
        var job = Assert.Single(_shell.Run("Stop-BatchJob -Id $id -TerminateReason NoLongerNeeded -Force -PassThru", ("id", id)).AssertSucceeded().Output);
        Assert.Contains(job.Get("State"), new object[] { "terminating", "completed" });
        Assert.Equal("NoLongerNeeded", job.Get("ExecutionInfo.TerminateReason"));
    }

    [Fact]
    public void Remove_BatchJob_asks_for_confirmation_by_default_and_Force_skips_it()
    {
        var id = NewJob("confirm");
        var asked = _shell.Run("Remove-BatchJob -Id $id", ("id", id));
        // A runspace without a user interface cannot show the prompt: the error that says so quotes it.
        var prompt = Assert.Single(asked.Errors);
        Assert.Equal("HostFunctionNotImplemented,AzBatchJobs.Cmdlets.RemoveBatchJobCommand", prompt.FullyQualifiedErrorId);
        Assert.Contains($"Performing the operation \"Delete Batch job and all its tasks\" on target \"{id}\"", prompt.ToString());
        Assert.Equal("active", StateOf(id));

        _shell.Run("Remove-BatchJob -Id $id -Force", ("id", id)).AssertSucceeded();
        var gone = _shell.Run("""
            Get-BatchJob -Id $id -ErrorAction SilentlyContinue -ErrorVariable lookup | ForEach-Object State
            if ($lookup) { $lookup[0].CategoryInfo.Category }
            """, ("id", id));
        Assert.Contains(Assert.Single(gone.Lines), new[] { "ObjectNotFound", "deleting" });
    }

    [Fact]
    public void Remove_BatchJob_Force_still_honours_WhatIf()
    {
        var id = NewJob("forcewhatif");
        _shell.Run("Remove-BatchJob -Id $id -Force -WhatIf", ("id", id)).AssertSucceeded();
        Assert.Equal("active", StateOf(id));
    }

    [Theory]
    [InlineData("Remove-BatchJob")]
    [InlineData("Stop-BatchJob")]
    public void Force_only_skips_the_prompt_and_SkipNodeCleanup_sends_the_services_force(string cmdlet)
    {
        var (plain, skip) = (NewJob("force"), NewJob("skipcleanup"));
        var result = _shell.Run($"""
            {cmdlet} -Id $plain -Force -Verbose
            {cmdlet} -Id $skip -Force -SkipNodeCleanup -Verbose
            """, ("plain", plain), ("skip", skip)).AssertSucceeded();

        var method = cmdlet == "Remove-BatchJob" ? "DELETE" : "POST";
        var plainRequest = Assert.Single(result.Requests(method), r => r.Contains($"/jobs/{plain}"));
        var skipRequest = Assert.Single(result.Requests(method), r => r.Contains($"/jobs/{skip}"));
        Assert.DoesNotContain("force=", plainRequest);
        Assert.Contains("force=true", skipRequest);
    }
}
