using System.Management.Automation;
using AzBatchJobs.Client.Models;
using AzBatchJobs.Cmdlets;
using AzBatchJobs.Tests.Harness;

namespace AzBatchJobs.Tests.Behaviour;

public sealed class JobCmdletTests : IClassFixture<EmulatorFixture>
{
    private static readonly RunSettings NoPrompt = new() { Confirm = false };
    private readonly EmulatorFixture _batch;

    public JobCmdletTests(EmulatorFixture batch) => _batch = batch;

    private BatchJob CreateJob(string id, Dictionary<string, object?>? extra = null)
    {
        var parameters = new Dictionary<string, object?> { ["Id"] = id, ["PoolId"] = "pool1" };
        foreach (var pair in extra ?? new()) parameters[pair.Key] = pair.Value;
        var result = _batch.Run<NewBatchJobCommand>(parameters).AssertSucceeded();
        return Assert.IsType<BatchJob>(Assert.Single(result.Output));
    }

    private BatchJob GetJob(string id) =>
        Assert.IsType<BatchJob>(Assert.Single(_batch.Run<GetBatchJobCommand>(new() { ["Id"] = id }).AssertSucceeded().Output));

    [Fact]
    public void New_BatchJob_creates_the_job_with_nested_settings_from_hashtables_and_returns_it()
    {
        var id = EmulatorFixture.NewId("newjob");
        var job = CreateJob(id, new()
        {
            ["DisplayName"] = "Nightly",
            ["Priority"] = 100,
            // The service accepts a release task only together with a preparation task.
            ["JobPreparationTask"] = new System.Collections.Hashtable { ["CommandLine"] = "echo prepare" },
            ["JobReleaseTask"] = new System.Collections.Hashtable { ["CommandLine"] = "echo release", ["MaxWallClockTime"] = "00:10:00" },
            ["CommonEnvironmentSettings"] = new System.Collections.Hashtable { ["STAGE"] = "test" },
            ["Metadata"] = new System.Collections.Hashtable { ["owner"] = "me" },
        });
        Assert.Equal(id, job.Id);
        Assert.Equal("Nightly", job.DisplayName);
        Assert.Equal(100, job.Priority);
        Assert.Equal(BatchJobState.Active, job.State);
        Assert.Equal("echo release", job.JobReleaseTask?.CommandLine);
        Assert.Equal(TimeSpan.FromMinutes(10), job.JobReleaseTask?.MaxWallClockTime);
        Assert.Contains(job.CommonEnvironmentSettings, e => e.Name == "STAGE" && e.Value == "test");
        Assert.Contains(job.Metadata, m => m.Name == "owner" && m.Value == "me");
    }

    [Fact]
    public void New_BatchJob_with_an_existing_id_writes_a_ResourceExists_error_naming_the_job()
    {
        var id = EmulatorFixture.NewId("dupjob");
        CreateJob(id);
        var result = _batch.Run<NewBatchJobCommand>(new() { ["Id"] = id, ["PoolId"] = "pool1" });
        var error = Assert.Single(result.Errors);
        Assert.Equal("JobExists," + typeof(NewBatchJobCommand).FullName, error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ResourceExists, error.CategoryInfo.Category);
        Assert.Equal(id, error.TargetObject);
        Assert.Contains("JobExists", error.ToString());
        Assert.Contains("request-id", error.ToString());
        Assert.Empty(result.Output);
    }

    [Fact]
    public void New_BatchJob_WhatIf_creates_nothing()
    {
        var id = EmulatorFixture.NewId("whatif");
        var result = _batch.Run<NewBatchJobCommand>(new() { ["Id"] = id, ["PoolId"] = "pool1" }, settings: new RunSettings { WhatIf = true });
        Assert.Equal($"What if: Performing the operation \"Create Batch job\" on target \"{id}\".", Assert.Single(result.WhatIf));
        Assert.Empty(result.Output);
        var lookup = _batch.Run<GetBatchJobCommand>(new() { ["Id"] = id });
        Assert.Equal(ErrorCategory.ObjectNotFound, Assert.Single(lookup.Errors).CategoryInfo.Category);
    }

    [Fact]
    public void Get_BatchJob_of_a_missing_job_is_a_non_terminating_ObjectNotFound_error()
    {
        var result = _batch.Run<GetBatchJobCommand>(new() { ["Id"] = "no-such-job" });
        Assert.Null(result.TerminatingError);
        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.StartsWith("JobNotFound,", error.FullyQualifiedErrorId);
        Assert.Equal("no-such-job", error.TargetObject);
    }

    [Fact]
    public void Get_BatchJob_lists_with_a_filter_and_MaxCount()
    {
        var prefix = EmulatorFixture.NewId("list");
        foreach (var n in new[] { "a", "b", "c" }) CreateJob($"{prefix}-{n}");
        var filtered = _batch.Run<GetBatchJobCommand>(new() { ["Filter"] = $"startswith(id, '{prefix}')" }).AssertSucceeded();
        Assert.Equal(new[] { $"{prefix}-a", $"{prefix}-b", $"{prefix}-c" }, filtered.OutputOf<BatchJob>().Select(j => j.Id).OrderBy(i => i));
        var limited = _batch.Run<GetBatchJobCommand>(new() { ["Filter"] = $"startswith(id, '{prefix}')", ["MaxCount"] = 2 }).AssertSucceeded();
        Assert.Equal(2, limited.Output.Count);
    }

    [Fact]
    public void Verbose_shows_method_url_and_client_request_id_but_never_the_key()
    {
        var id = EmulatorFixture.NewId("verbose");
        var result = _batch.Run<NewBatchJobCommand>(new() { ["Id"] = id, ["PoolId"] = "pool1" }).AssertSucceeded();
        Assert.Contains(result.Verbose, v => v.StartsWith("POST ", StringComparison.Ordinal) && v.Contains("/jobs") && v.Contains("client-request-id"));
        Assert.Contains(result.Verbose, v => v.StartsWith("GET ", StringComparison.Ordinal) && v.Contains($"/jobs/{id}"));
        var everything = string.Join("\n", result.Verbose.Concat(result.Debug));
        Assert.DoesNotContain(_batch.Emulator.AccountKey, everything);
        Assert.DoesNotContain("SharedKey", everything);
        Assert.NotEmpty(result.Debug);
    }

    [Fact]
    public void Disable_then_Enable_changes_the_job_state_and_PassThru_returns_the_job()
    {
        var id = EmulatorFixture.NewId("disable");
        CreateJob(id);
        var disabled = _batch.Run<DisableBatchJobCommand>(new() { ["Id"] = id, ["DisableTasks"] = "Requeue", ["PassThru"] = SwitchParameter.Present }).AssertSucceeded();
        var state = Assert.IsType<BatchJob>(Assert.Single(disabled.Output)).State;
        Assert.True(state == BatchJobState.Disabled || state == BatchJobState.Disabling, $"state {state}");
        _batch.Run<EnableBatchJobCommand>(new() { ["Id"] = id }).AssertSucceeded();
        var enabled = GetJob(id).State;
        Assert.True(enabled == BatchJobState.Active || enabled == BatchJobState.Enabling, $"state {enabled}");
    }

    [Fact]
    public void Disable_BatchJob_rejects_an_unknown_DisableTasks_value_naming_the_parameter()
    {
        var result = _batch.Run<DisableBatchJobCommand>(new() { ["Id"] = "x", ["DisableTasks"] = "Later" });
        Assert.NotNull(result.TerminatingError);
        Assert.Contains("DisableTasks", result.TerminatingError!.ToString());
        Assert.Contains("Requeue,Terminate,Wait", result.TerminatingError.ToString());
    }

    [Fact]
    public void Piped_jobs_are_disabled_by_their_own_ids()
    {
        var prefix = EmulatorFixture.NewId("pipe");
        CreateJob($"{prefix}-1");
        CreateJob($"{prefix}-2");
        var jobs = _batch.Run<GetBatchJobCommand>(new() { ["Filter"] = $"startswith(id, '{prefix}') and state eq 'active'" }).AssertSucceeded().Output;
        Assert.Equal(2, jobs.Count);
        var result = _batch.Run<DisableBatchJobCommand>(new() { ["DisableTasks"] = "Requeue" }, jobs).AssertSucceeded();
        Assert.All(result.ParameterSets, s => Assert.Equal("InputObject", s));
        foreach (var id in new[] { $"{prefix}-1", $"{prefix}-2" })
            Assert.NotEqual(BatchJobState.Active, GetJob(id).State);
    }

    [Fact]
    public void A_task_piped_into_a_job_cmdlet_is_refused_and_never_taken_for_a_job()
    {
        var task = new BatchTask { JobId = "some-job", Id = "some-task" };
        var result = _batch.Run<RemoveBatchJobCommand>(new(), new object?[] { task }, NoPrompt);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("InputObjectNotBound,", error.FullyQualifiedErrorId);
        Assert.Empty(result.ParameterSets);
    }

    [Fact]
    public void Update_BatchJob_changes_only_the_given_properties()
    {
        var id = EmulatorFixture.NewId("update");
        CreateJob(id, new() { ["Priority"] = 10, ["DisplayName"] = "keep me" });
        var result = _batch.Run<UpdateBatchJobCommand>(new() { ["Id"] = id, ["Priority"] = 500, ["PassThru"] = SwitchParameter.Present }).AssertSucceeded();
        var job = Assert.IsType<BatchJob>(Assert.Single(result.Output));
        Assert.Equal(500, job.Priority);
        Assert.Equal("keep me", job.DisplayName);
    }

    [Fact]
    public void Update_BatchJob_rejects_an_out_of_range_priority_before_any_request()
    {
        var result = _batch.Run<UpdateBatchJobCommand>(new() { ["Id"] = "any", ["Priority"] = 5000 });
        Assert.NotNull(result.TerminatingError);
        Assert.Contains("Priority", result.TerminatingError!.ToString());
        Assert.Empty(result.Verbose);
    }

    [Fact]
    public void Set_BatchJob_replaces_the_job_from_a_modified_object()
    {
        var id = EmulatorFixture.NewId("set");
        var job = CreateJob(id, new() { ["Priority"] = 1 });
        job.Priority = 7;
        job.Constraints = new BatchJobConstraints { MaxTaskRetryCount = 3 };
        _batch.Run<SetBatchJobCommand>(new(), new object?[] { job }).AssertSucceeded();
        var replaced = GetJob(id);
        Assert.Equal(7, replaced.Priority);
        Assert.Equal(3, replaced.Constraints?.MaxTaskRetryCount);
    }

    [Fact]
    public void Stop_BatchJob_terminates_with_the_reason()
    {
        var id = EmulatorFixture.NewId("stop");
        CreateJob(id);
        var result = _batch.Run<StopBatchJobCommand>(new() { ["Id"] = id, ["TerminateReason"] = "NoLongerNeeded", ["Force"] = SwitchParameter.Present, ["PassThru"] = SwitchParameter.Present }).AssertSucceeded();
        var job = Assert.IsType<BatchJob>(Assert.Single(result.Output));
        Assert.True(job.State == BatchJobState.Terminating || job.State == BatchJobState.Completed, $"state {job.State}");
        Assert.Empty(result.Prompts);
    }

    [Fact]
    public void Remove_BatchJob_asks_for_confirmation_by_default_and_does_nothing_when_declined()
    {
        var id = EmulatorFixture.NewId("confirm");
        CreateJob(id);
        var declined = _batch.Run<RemoveBatchJobCommand>(new() { ["Id"] = id }, settings: new RunSettings { ConfirmResponder = _ => false });
        Assert.Single(declined.Prompts);
        Assert.Equal(BatchJobState.Active, GetJob(id).State);
        var forced = _batch.Run<RemoveBatchJobCommand>(new() { ["Id"] = id, ["Force"] = SwitchParameter.Present }).AssertSucceeded();
        Assert.Empty(forced.Prompts);
        var gone = _batch.Run<GetBatchJobCommand>(new() { ["Id"] = id });
        Assert.True(gone.Errors.Count == 1 || gone.OutputOf<BatchJob>().Single().State == BatchJobState.Deleting);
    }

    [Fact]
    public void Remove_BatchJob_Force_still_honours_WhatIf()
    {
        var id = EmulatorFixture.NewId("forcewhatif");
        CreateJob(id);
        var result = _batch.Run<RemoveBatchJobCommand>(new() { ["Id"] = id, ["Force"] = SwitchParameter.Present }, settings: new RunSettings { WhatIf = true });
        Assert.Single(result.WhatIf);
        Assert.Equal(BatchJobState.Active, GetJob(id).State);
    }

    [Fact]
    public void Get_BatchTaskCount_takes_a_piped_job()
    {
        var id = EmulatorFixture.NewId("counts");
        var job = CreateJob(id);
        var result = _batch.Run<GetBatchTaskCountCommand>(new(), new object?[] { job }).AssertSucceeded();
        var counts = Assert.IsType<BatchTaskCountsResult>(Assert.Single(result.Output));
        Assert.Equal(0, counts.TaskCounts?.Active);
        Assert.Equal(id, counts.JobId);
    }

    [Fact]
    public void Get_BatchJobPreparationAndReleaseTaskStatus_lists_for_a_job_with_a_preparation_task()
    {
        var id = EmulatorFixture.NewId("prep");
        CreateJob(id, new() { ["JobPreparationTask"] = new System.Collections.Hashtable { ["CommandLine"] = "echo prep" } });
        var result = _batch.Run<GetBatchJobPreparationAndReleaseTaskStatusCommand>(new() { ["JobId"] = id }).AssertSucceeded();
        Assert.All(result.OutputOf<BatchJobPreparationAndReleaseTaskStatus>(), s => Assert.Equal(id, s.JobId));
    }

    [Fact]
    public void A_conflict_that_is_not_an_existing_resource_maps_to_InvalidOperation()
    {
        var id = EmulatorFixture.NewId("noprep");
        CreateJob(id);
        var result = _batch.Run<GetBatchJobPreparationAndReleaseTaskStatusCommand>(new() { ["JobId"] = id });
        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCategory.InvalidOperation, error.CategoryInfo.Category);
        Assert.StartsWith("JobPreparationTaskNotSpecified,", error.FullyQualifiedErrorId);
        Assert.Contains("HTTP 409", error.ToString());
    }

    [Fact]
    public void Get_BatchJob_of_a_missing_job_schedule_is_ObjectNotFound_targeted_at_the_schedule()
    {
        var result = _batch.Run<GetBatchJobCommand>(new() { ["JobScheduleId"] = "no-such-schedule" });
        Assert.Equal(new[] { "JobSchedule" }, result.ParameterSets);
        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal("no-such-schedule", error.TargetObject);
        Assert.StartsWith("JobScheduleNotFound,", error.FullyQualifiedErrorId);
    }

    [Fact]
    public void New_BatchJob_takes_a_piped_job_specification()
    {
        var id = EmulatorFixture.NewId("spec");
        var spec = new BatchJobCreateOptions { Id = id, PoolInfo = new BatchPoolInfo { PoolId = "pool1" }, MaxParallelTasks = 3 };
        var result = _batch.Run<NewBatchJobCommand>(new(), new object?[] { spec }).AssertSucceeded();
        Assert.Equal(new[] { "InputObject" }, result.ParameterSets);
        Assert.Equal(3, Assert.IsType<BatchJob>(Assert.Single(result.Output)).MaxParallelTasks);
    }
}
