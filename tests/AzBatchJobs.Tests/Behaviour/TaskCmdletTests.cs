using System.Collections;
using System.Management.Automation;
using AzBatchJobs.Client;
using AzBatchJobs.Client.Models;
using AzBatchJobs.Cmdlets;
using AzBatchJobs.Tests.Harness;

namespace AzBatchJobs.Tests.Behaviour;

public sealed class TaskCmdletTests : IClassFixture<EmulatorFixture>
{
    private static readonly TimeSpan Fast = TimeSpan.FromMilliseconds(100);
    private readonly EmulatorFixture _batch;

    public TaskCmdletTests(EmulatorFixture batch) => _batch = batch;

    private string CreateJob()
    {
        var id = EmulatorFixture.NewId("tjob");
        _batch.Run<NewBatchJobCommand>(new() { ["Id"] = id, ["PoolId"] = "pool1" }).AssertSucceeded();
        return id;
    }

    private BatchTask CreateTask(string jobId, string taskId, string commandLine, Dictionary<string, object?>? extra = null)
    {
        var parameters = new Dictionary<string, object?> { ["JobId"] = jobId, ["Id"] = taskId, ["CommandLine"] = commandLine };
        foreach (var pair in extra ?? new()) parameters[pair.Key] = pair.Value;
        return Assert.IsType<BatchTask>(Assert.Single(_batch.Run<NewBatchTaskCommand>(parameters).AssertSucceeded().Output));
    }

    private BatchTask WaitFor(BatchTask task) =>
        Assert.IsType<BatchTask>(Assert.Single(_batch.Run<WaitBatchTaskCommand>(
            new() { ["PollInterval"] = Fast, ["Timeout"] = TimeSpan.FromSeconds(30) }, new object?[] { task }).AssertSucceeded().Output));

    [Fact]
    public void New_BatchTask_takes_nested_settings_as_hashtables_and_returns_the_task()
    {
        var jobId = CreateJob();
        var task = CreateTask(jobId, "t1", "/bin/sh -c 'echo hi'", new()
        {
            ["Constraints"] = new Hashtable { ["MaxWallClockTime"] = "01:00:00", ["MaxTaskRetryCount"] = 2 },
            ["EnvironmentSettings"] = new Hashtable { ["GREETING"] = "hello" },
            ["DisplayName"] = "first",
        });
        Assert.Equal(jobId, task.JobId);
        Assert.Equal("t1", task.Id);
        Assert.Equal("first", task.DisplayName);
        Assert.Equal(TimeSpan.FromHours(1), task.Constraints?.MaxWallClockTime);
        Assert.Equal(2, task.Constraints?.MaxTaskRetryCount);
        Assert.Contains(task.EnvironmentSettings, e => e.Name == "GREETING" && e.Value == "hello");
    }

    [Fact]
    public void A_piped_job_lists_its_tasks()
    {
        var jobId = CreateJob();
        CreateTask(jobId, "a", "/bin/sh -c 'exit 0'");
        CreateTask(jobId, "b", "/bin/sh -c 'exit 0'");
        var job = Assert.Single(_batch.Run<GetBatchJobCommand>(new() { ["Id"] = jobId }).AssertSucceeded().Output);
        var tasks = _batch.Run<GetBatchTaskCommand>(new(), new[] { job }).AssertSucceeded();
        Assert.Equal(new[] { "InputObject" }, tasks.ParameterSets);
        Assert.Equal(new[] { "a", "b" }, tasks.OutputOf<BatchTask>().Select(t => t.Id).OrderBy(i => i));
        Assert.All(tasks.OutputOf<BatchTask>(), t => Assert.Equal(jobId, t.JobId));
    }

    [Fact]
    public void A_task_runs_and_its_stdout_can_be_listed_read_and_saved()
    {
        var jobId = CreateJob();
        var done = WaitFor(CreateTask(jobId, "echo", "/bin/sh -c 'echo hello from batch'"));
        Assert.Equal(BatchTaskState.Completed, done.State);
        Assert.Equal(0, done.ExecutionInfo?.ExitCode);

        var files = _batch.Run<GetBatchTaskFileCommand>(new(), new object?[] { done }).AssertSucceeded().OutputOf<BatchNodeFile>().ToList();
        Assert.Contains(files, f => f.Name == "stdout.txt");

        var text = _batch.Run<GetBatchTaskFileCommand>(new() { ["JobId"] = jobId, ["TaskId"] = "echo", ["Path"] = "stdout.txt" }).AssertSucceeded();
        Assert.Equal("hello from batch", Assert.IsType<string>(Assert.Single(text.Output)).Trim());

        var folder = Directory.CreateTempSubdirectory("azbj-").FullName;
        try
        {
            var saved = _batch.Run<GetBatchTaskFileCommand>(
                new() { ["JobId"] = jobId, ["TaskId"] = "echo", ["Path"] = "stdout.txt", ["Destination"] = "out.txt" },
                settings: new RunSettings { Location = folder }).AssertSucceeded();
            var file = Assert.IsType<FileInfo>(Assert.Single(saved.Output));
            Assert.Equal(Path.Combine(folder, "out.txt"), file.FullName);
            Assert.Equal("hello from batch", File.ReadAllText(file.FullName).Trim());
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Failed_tasks_piped_from_a_filter_are_reactivated()
    {
        var jobId = CreateJob();
        WaitFor(CreateTask(jobId, "fails", "/bin/sh -c 'exit 3'"));
        WaitFor(CreateTask(jobId, "works", "/bin/sh -c 'exit 0'"));
        var failed = _batch.Run<GetBatchTaskCommand>(new() { ["JobId"] = jobId, ["Filter"] = "executionInfo/result eq 'failure'" }).AssertSucceeded().Output;
        Assert.Equal("fails", Assert.IsType<BatchTask>(Assert.Single(failed)).Id);

        var before = ((BatchTask)failed[0]!).StateTransitionTime;
        var result = _batch.Run<InvokeBatchTaskReactivateCommand>(new() { ["PassThru"] = SwitchParameter.Present }, failed).AssertSucceeded();
        Assert.Contains(result.Verbose, v => v.StartsWith("POST ", StringComparison.Ordinal) && v.Contains($"/jobs/{jobId}/tasks/fails/reactivate"));
        var reactivated = Assert.IsType<BatchTask>(Assert.Single(result.Output));
        Assert.Equal("fails", reactivated.Id);
        // The task may already have run and failed again: either way it left the state it was in.
        Assert.True(reactivated.State != BatchTaskState.Completed || reactivated.StateTransitionTime > before,
            $"state {reactivated.State} since {reactivated.StateTransitionTime}, before {before}");
    }

    [Fact]
    public void Wait_BatchTask_times_out_with_an_error_and_Stop_BatchTask_ends_the_task()
    {
        var jobId = CreateJob();
        var task = CreateTask(jobId, "sleeper", "/bin/sh -c 'sleep 30'");
        var waited = _batch.Run<WaitBatchTaskCommand>(new() { ["PollInterval"] = Fast, ["Timeout"] = TimeSpan.FromMilliseconds(300) }, new object?[] { task });
        var error = Assert.Single(waited.Errors);
        Assert.Equal(ErrorCategory.OperationTimeout, error.CategoryInfo.Category);
        Assert.Equal($"{jobId}/sleeper", error.TargetObject);
        Assert.NotEqual(BatchTaskState.Completed, Assert.IsType<BatchTask>(Assert.Single(waited.Output)).State);

        var stopped = _batch.Run<StopBatchTaskCommand>(new() { ["Force"] = SwitchParameter.Present, ["PassThru"] = SwitchParameter.Present }, new object?[] { task }).AssertSucceeded();
        Assert.Empty(stopped.Prompts);
        Assert.Equal(BatchTaskState.Completed, WaitFor(task).State);
    }

    [Fact]
    public async Task Ctrl_C_stops_a_wait_promptly()
    {
        var jobId = CreateJob();
        var task = CreateTask(jobId, "long", "/bin/sh -c 'sleep 30'");
        var runner = new CmdletRunner<WaitBatchJobCommand>();
        var started = DateTime.UtcNow;
        var run = Task.Run(() => runner.Invoke(new Dictionary<string, object?> { ["Id"] = jobId, ["Context"] = _batch.Context, ["PollInterval"] = TimeSpan.FromSeconds(10) }));
        await Task.Delay(200);
        runner.Stop();
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(5)));
        Assert.True(finished == run, "Wait-BatchJob did not stop within 5 seconds of Ctrl+C");
        Assert.Equal(ErrorCategory.OperationStopped, (await run).TerminatingError?.CategoryInfo.Category);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5));
        _batch.Run<StopBatchTaskCommand>(new() { ["JobId"] = jobId, ["Id"] = task.Id, ["Force"] = SwitchParameter.Present }).AssertSucceeded();
    }

    [Fact]
    public void Wait_BatchJob_reports_the_final_state_and_counts()
    {
        var jobId = CreateJob();
        CreateTask(jobId, "ok", "/bin/sh -c 'exit 0'");
        CreateTask(jobId, "bad", "/bin/sh -c 'exit 1'");
        var result = _batch.Run<WaitBatchJobCommand>(new() { ["Id"] = jobId, ["PollInterval"] = Fast, ["Timeout"] = TimeSpan.FromSeconds(30) }).AssertSucceeded();
        var final = Assert.IsType<BatchJobWaitResult>(Assert.Single(result.Output));
        Assert.True(final.TasksCompleted);
        Assert.Equal(2, final.TaskCounts?.Completed);
        Assert.Equal(1, final.TaskCounts?.Failed);
        Assert.Equal(BatchJobState.Active, final.State);
        Assert.Contains(result.Progress, p => p.RecordType == ProgressRecordType.Processing && p.StatusDescription.Contains("completed"));

        var counts = _batch.Run<GetBatchTaskCountCommand>(new() { ["JobId"] = jobId }).AssertSucceeded();
        Assert.Equal(1, Assert.IsType<BatchTaskCountsResult>(Assert.Single(counts.Output)).TaskCounts?.Succeeded);
    }

    [Fact]
    public void Wait_BatchJob_at_its_timeout_writes_the_counts_and_a_timeout_error_naming_the_job()
    {
        var jobId = CreateJob();
        var task = CreateTask(jobId, "sleeper", "/bin/sh -c 'sleep 30'");
        var result = _batch.Run<WaitBatchJobCommand>(new() { ["Id"] = jobId, ["PollInterval"] = Fast, ["Timeout"] = TimeSpan.FromMilliseconds(300) });
        var final = Assert.IsType<BatchJobWaitResult>(Assert.Single(result.Output));
        Assert.False(final.TasksCompleted);
        Assert.Equal(1, (final.TaskCounts?.Active ?? 0) + (final.TaskCounts?.Running ?? 0));
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("BatchWaitTimeout,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.OperationTimeout, error.CategoryInfo.Category);
        Assert.Equal(jobId, error.TargetObject);
        Assert.Contains(result.Progress, p => p.RecordType == ProgressRecordType.Completed);
        _batch.Run<StopBatchTaskCommand>(new() { ["Force"] = SwitchParameter.Present }, new object?[] { task }).AssertSucceeded();
    }

    [Fact]
    public void Wait_BatchTask_refuses_a_zero_PollInterval_naming_it_before_any_request()
    {
        var result = _batch.Run<WaitBatchTaskCommand>(new() { ["JobId"] = "any", ["Id"] = new[] { "t" }, ["PollInterval"] = TimeSpan.Zero });
        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Contains("PollInterval must be greater than zero", error.ToString());
        Assert.Empty(result.Verbose);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void Set_BatchTask_changes_one_constraint_and_keeps_the_others()
    {
        var jobId = CreateJob();
        CreateTask(jobId, "c", "/bin/sh -c 'sleep 5'", new() { ["Constraints"] = new Hashtable { ["MaxWallClockTime"] = "00:30:00" } });
        var result = _batch.Run<SetBatchTaskCommand>(new() { ["JobId"] = jobId, ["Id"] = "c", ["MaxTaskRetryCount"] = 4, ["PassThru"] = SwitchParameter.Present }).AssertSucceeded();
        var task = Assert.IsType<BatchTask>(Assert.Single(result.Output));
        Assert.Equal(4, task.Constraints?.MaxTaskRetryCount);
        Assert.Equal(TimeSpan.FromMinutes(30), task.Constraints?.MaxWallClockTime);
    }

    [Fact]
    public void Remove_BatchTask_deletes_the_task()
    {
        var jobId = CreateJob();
        CreateTask(jobId, "gone", "/bin/sh -c 'exit 0'");
        _batch.Run<RemoveBatchTaskCommand>(new() { ["JobId"] = jobId, ["Id"] = "gone" }, settings: new RunSettings { Confirm = false }).AssertSucceeded();
        var lookup = _batch.Run<GetBatchTaskCommand>(new() { ["JobId"] = jobId, ["Id"] = "gone" });
        Assert.Equal(ErrorCategory.ObjectNotFound, Assert.Single(lookup.Errors).CategoryInfo.Category);
        Assert.Equal($"{jobId}/gone", lookup.Errors[0].TargetObject);
    }

    [Fact]
    public void Get_BatchSubtask_of_a_plain_task_is_empty()
    {
        var jobId = CreateJob();
        var task = CreateTask(jobId, "plain", "/bin/sh -c 'exit 0'");
        var result = _batch.Run<GetBatchSubtaskCommand>(new(), new object?[] { task }).AssertSucceeded();
        Assert.Empty(result.Output);
    }

    [Fact]
    public void Piped_task_specifications_are_added_and_a_piped_task_is_read_again()
    {
        var jobId = CreateJob();
        var spec = new Hashtable { ["Id"] = "spec", ["CommandLine"] = "/bin/sh -c 'exit 0'", ["Constraints"] = new Hashtable { ["MaxTaskRetryCount"] = 1 } };
        var created = _batch.Run<NewBatchTaskCommand>(new() { ["JobId"] = jobId }, new object?[] { spec }).AssertSucceeded();
        Assert.Equal(new[] { "InputObject" }, created.ParameterSets);
        var task = Assert.IsType<BatchTask>(Assert.Single(created.Output));
        Assert.Equal(1, task.Constraints?.MaxTaskRetryCount);

        var again = _batch.Run<GetBatchTaskCommand>(new(), new object?[] { task }).AssertSucceeded();
        Assert.Equal(new[] { "Id" }, again.ParameterSets);
        Assert.Equal("spec", Assert.IsType<BatchTask>(Assert.Single(again.Output)).Id);
    }
}
