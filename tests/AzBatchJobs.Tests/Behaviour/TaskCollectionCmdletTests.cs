using System.Collections;
using System.Diagnostics;
using System.Management.Automation;
using System.Text.RegularExpressions;
using AzBatchJobs.Client.Bulk;
using AzBatchJobs.Client.Models;
using AzBatchJobs.Cmdlets;
using AzBatchJobs.Tests.Harness;

namespace AzBatchJobs.Tests.Behaviour;

/// <summary>Add-BatchTaskCollection over the bulk engine, against the emulator.</summary>
public sealed class TaskCollectionCmdletTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _batch;

    public TaskCollectionCmdletTests(EmulatorFixture batch) => _batch = batch;

    /// <summary>A disabled job: its tasks wait, so nothing runs while submission is tested.</summary>
    internal static string CreateDisabledJob(EmulatorFixture batch)
    {
        var id = EmulatorFixture.NewId("bulk");
        batch.Run<NewBatchJobCommand>(new() { ["Id"] = id, ["PoolId"] = "pool1" }).AssertSucceeded();
        batch.Run<DisableBatchJobCommand>(new() { ["Id"] = id, ["DisableTasks"] = "requeue" }).AssertSucceeded();
        return id;
    }

    internal static List<BatchTask> TasksOf(EmulatorFixture batch, string jobId) =>
        batch.Run<GetBatchTaskCommand>(new() { ["JobId"] = jobId }).AssertSucceeded().OutputOf<BatchTask>().ToList();

    private static IEnumerable<object?> Hashtables(int count, string prefix = "t") =>
        Enumerable.Range(1, count).Select(i => (object?)new Hashtable { ["Id"] = $"{prefix}{i}", ["CommandLine"] = $"/bin/sh -c 'echo {i}'" });

    [Fact]
    public void More_than_100_piped_hashtables_are_all_added_in_several_requests_with_progress()
    {
        var jobId = CreateDisabledJob(_batch);
        var result = _batch.Run<AddBatchTaskCollectionCommand>(new() { ["JobId"] = jobId, ["ThrottleLimit"] = 2 }, Hashtables(250)).AssertSucceeded();

        var outcomes = result.OutputOf<BatchTaskSubmitOutcome>().ToList();
        Assert.Equal(250, outcomes.Count);
        Assert.All(outcomes, o => Assert.Equal(BatchTaskSubmitStatus.Added, o.Status));
        Assert.All(outcomes, o => Assert.Equal(jobId, o.JobId));
        Assert.Equal(Enumerable.Range(1, 250).Select(i => $"t{i}").OrderBy(i => i), outcomes.Select(o => o.TaskId).OrderBy(i => i));
        var listed = TasksOf(_batch, jobId);
        Assert.Equal(250, listed.Count);
        Assert.Contains(listed, t => t.Id == "t250" && t.CommandLine == "/bin/sh -c 'echo 250'");
        Assert.True(result.Verbose.Count(v => v.StartsWith("POST ", StringComparison.Ordinal) && v.Contains("/addtaskcollection")) >= 3);
        Assert.Equal(ProgressRecordType.Completed, result.Progress.Last().RecordType);
        Assert.Contains(result.Progress, p => p.RecordType == ProgressRecordType.Processing && p.StatusDescription.Contains("added"));
    }

    [Fact]
    public void Csv_rows_bind_by_property_name()
    {
        var jobId = CreateDisabledJob(_batch);
        var rows = new[] { ("c1", "/bin/sh -c 'echo 1'"), ("c2", "/bin/sh -c 'echo 2'") }
            .Select(r => (object?)PSObject.CustomObject(new Dictionary<string, object?> { ["Id"] = r.Item1, ["CommandLine"] = r.Item2 }));
        var result = _batch.Run<AddBatchTaskCollectionCommand>(new() { ["JobId"] = jobId }, rows).AssertSucceeded();
        Assert.All(result.ParameterSets, s => Assert.Equal("Fields", s));
        Assert.Equal(new[] { "c1", "c2" }, result.OutputOf<BatchTaskSubmitOutcome>().Select(o => o.TaskId).OrderBy(i => i));
        Assert.Contains(TasksOf(_batch, jobId), t => t.Id == "c2" && t.CommandLine == "/bin/sh -c 'echo 2'");
    }

    [Fact]
    public void A_task_already_in_the_job_is_reported_as_such_and_a_duplicate_id_fails_without_being_sent()
    {
        var jobId = CreateDisabledJob(_batch);
        _batch.Run<NewBatchTaskCommand>(new() { ["JobId"] = jobId, ["Id"] = "old", ["CommandLine"] = "/bin/sh -c 'echo old'" }).AssertSucceeded();
        var tasks = new[]
        {
            new BatchTaskCreateOptions { Id = "old", CommandLine = "/bin/sh -c 'echo new'" },
            new BatchTaskCreateOptions { Id = "fresh", CommandLine = "/bin/sh -c 'echo first'" },
            new BatchTaskCreateOptions { Id = "FRESH", CommandLine = "/bin/sh -c 'echo second'" },
        };
        var result = _batch.Run<AddBatchTaskCollectionCommand>(new() { ["JobId"] = jobId, ["Task"] = tasks });

        Assert.Null(result.TerminatingError);
        var outcomes = result.OutputOf<BatchTaskSubmitOutcome>().ToDictionary(o => o.InputIndex);
        Assert.Equal(BatchTaskSubmitStatus.AlreadyExisted, outcomes[0].Status);
        Assert.Equal(BatchTaskSubmitStatus.Added, outcomes[1].Status);
        Assert.Equal(BatchTaskSubmitStatus.Failed, outcomes[2].Status);
        Assert.Equal("DuplicateTaskId", outcomes[2].ErrorCode);

        var error = Assert.Single(result.Errors);
        Assert.Equal("FRESH", error.TargetObject);
        Assert.StartsWith("DuplicateTaskId,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Contains("FRESH", error.ToString());

        var listed = TasksOf(_batch, jobId);
        Assert.Equal(2, listed.Count);
        Assert.Contains(listed, t => t.Id == "old" && t.CommandLine == "/bin/sh -c 'echo old'");
        Assert.Contains(listed, t => t.Id == "fresh" && t.CommandLine == "/bin/sh -c 'echo first'");
    }

    [Fact]
    public void Tasks_for_a_missing_job_each_fail_with_a_targeted_error()
    {
        var result = _batch.Run<AddBatchTaskCollectionCommand>(new() { ["JobId"] = EmulatorFixture.NewId("nojob") }, Hashtables(3));
        Assert.Null(result.TerminatingError);
        Assert.All(result.OutputOf<BatchTaskSubmitOutcome>(), o => Assert.Equal(BatchTaskSubmitStatus.Failed, o.Status));
        Assert.Equal(new[] { "t1", "t2", "t3" }, result.Errors.Select(e => (string)e.TargetObject!).OrderBy(i => i));
        Assert.All(result.Errors, e => Assert.Equal(ErrorCategory.ObjectNotFound, e.CategoryInfo.Category));
        Assert.All(result.Errors, e => Assert.StartsWith("JobNotFound,", e.FullyQualifiedErrorId));
    }

    [Fact]
    public void An_invalid_job_id_is_a_terminating_error_naming_the_job()
    {
        var result = _batch.Run<AddBatchTaskCollectionCommand>(new() { ["JobId"] = "no spaces allowed" }, Hashtables(2));
        Assert.Equal("BatchInvalidArgument,AzBatchJobs.Cmdlets.AddBatchTaskCollectionCommand", result.TerminatingError?.FullyQualifiedErrorId);
        Assert.Equal("no spaces allowed", result.TerminatingError!.TargetObject);
        Assert.Contains("jobId", result.TerminatingError.ToString());
        Assert.Empty(result.Output);
    }

    [Fact]
    public void ErrorAction_Stop_ends_the_run_at_the_first_failed_task()
    {
        var jobId = CreateDisabledJob(_batch);
        var tasks = new[] { new BatchTaskCreateOptions { Id = "same", CommandLine = "x" }, new BatchTaskCreateOptions { Id = "same", CommandLine = "x" } };
        var result = _batch.Run<AddBatchTaskCollectionCommand>(new() { ["JobId"] = jobId, ["Task"] = tasks }, settings: new RunSettings { ErrorActionStop = true });
        Assert.Equal("same", result.TerminatingError?.TargetObject);
        Assert.StartsWith("DuplicateTaskId,", result.TerminatingError!.FullyQualifiedErrorId);
    }

    [Fact]
    public void WhatIf_sends_nothing()
    {
        var jobId = CreateDisabledJob(_batch);
        var result = _batch.Run<AddBatchTaskCollectionCommand>(new() { ["JobId"] = jobId }, Hashtables(3), new RunSettings { WhatIf = true }).AssertSucceeded();
        Assert.Empty(result.Output);
        Assert.Single(result.WhatIf);
        Assert.Empty(result.Verbose);
        Assert.Empty(TasksOf(_batch, jobId));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(65)]
    public void ThrottleLimit_out_of_range_is_refused_naming_the_parameter(int limit)
    {
        var result = _batch.Run<AddBatchTaskCollectionCommand>(new() { ["JobId"] = "any", ["ThrottleLimit"] = limit }, Hashtables(1));
        Assert.NotNull(result.TerminatingError);
        Assert.Contains("ThrottleLimit", result.TerminatingError!.ToString());
    }

    [Fact]
    public void Ctrl_C_stops_promptly_and_tells_what_was_added_failed_and_unknown()
    {
        var jobId = CreateDisabledJob(_batch);
        var runner = new CmdletRunner<AddBatchTaskCollectionCommand>();
        const int readBeforeStop = 700;
        IEnumerable<object?> Endless()
        {
            for (var i = 1; ; i++)
            {
                // Ctrl+C arrives from another thread while the pipeline is still producing tasks.
                if (i == readBeforeStop + 1) Task.Run(runner.Stop).Wait();
                yield return new Hashtable { ["Id"] = $"s{i}", ["CommandLine"] = "/bin/sh -c 'exit 0'" };
            }
        }

        var clock = Stopwatch.StartNew();
        var result = runner.Invoke(new Dictionary<string, object?> { ["JobId"] = jobId, ["Context"] = _batch.Context }, Endless());
        clock.Stop();

        Assert.Equal("PipelineStopped", result.TerminatingError?.FullyQualifiedErrorId);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        var summary = Assert.Single(result.HostWarnings);
        var counts = Regex.Match(summary, @"(\d+) added, (\d+) already existed, (\d+) failed, (\d+) unknown, (\d+) not submitted");
        Assert.True(counts.Success, summary);
        var numbers = Enumerable.Range(1, 5).Select(g => int.Parse(counts.Groups[g].Value)).ToArray();
        Assert.Equal(readBeforeStop, numbers.Sum());
        Assert.Equal(0, numbers[1] + numbers[2]);

        // The job holds every task reported added, and of the unknown ones some, all or none.
        var listed = TasksOf(_batch, jobId);
        Assert.InRange(listed.Count, numbers[0], numbers[0] + numbers[3]);
        Assert.All(result.OutputOf<BatchTaskSubmitOutcome>(), o => Assert.Contains(listed, t => t.Id == o.TaskId));
    }

    [Fact]
    public async Task Ctrl_C_while_the_cmdlet_waits_on_the_engine_stops_it_and_accounts_for_every_task_taken()
    {
        var jobId = CreateDisabledJob(_batch);
        var runner = new CmdletRunner<AddBatchTaskCollectionCommand>();
        var yielded = 0;
        IEnumerable<object?> Many()
        {
            for (var i = 1; i <= 50_000; i++)
            {
                yielded = i;
                yield return new BatchTaskCreateOptions { Id = $"w{i}", CommandLine = "/bin/sh -c 'exit 0'" };
            }
        }

        // Ctrl+C from another thread once the service holds some of the tasks.
        var stopper = Task.Run(() =>
        {
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
            while (DateTime.UtcNow < deadline)
            {
                var counts = _batch.Run<GetBatchTaskCountCommand>(new() { ["JobId"] = jobId }).OutputOf<BatchTaskCountsResult>().SingleOrDefault();
                if (counts?.TaskCounts?.Active >= 300) break;
                Thread.Sleep(20);
            }
            runner.Stop();
        });
        var clock = Stopwatch.StartNew();
        var result = runner.Invoke(new Dictionary<string, object?> { ["JobId"] = jobId, ["ThrottleLimit"] = 1, ["Context"] = _batch.Context }, Many());
        clock.Stop();
        await stopper;

        Assert.Equal("PipelineStopped", result.TerminatingError?.FullyQualifiedErrorId);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        Assert.True(yielded < 50_000, "the input was not cut short");
        var summary = Assert.Single(result.HostWarnings);
        var counts = Regex.Match(summary, @"(\d+) added, (\d+) already existed, (\d+) failed, (\d+) unknown, (\d+) not submitted");
        Assert.True(counts.Success, summary);
        var numbers = Enumerable.Range(1, 5).Select(g => int.Parse(counts.Groups[g].Value)).ToArray();
        Assert.InRange(numbers.Sum(), yielded - 1, yielded);
        var listed = TasksOf(_batch, jobId);
        Assert.InRange(listed.Count, numbers[0], numbers[0] + numbers[3]);
    }
}

/// <summary>Add-BatchTaskCollection against an emulator that fails a share of the tasks with server errors.</summary>
public sealed class FaultyTaskCollectionCmdletTests : IClassFixture<FaultyEmulatorFixture>
{
    private readonly FaultyEmulatorFixture _batch;

    public FaultyTaskCollectionCmdletTests(FaultyEmulatorFixture batch) => _batch = batch;

    [Fact]
    public void Every_task_is_reported_once_and_every_reported_outcome_is_true()
    {
        var jobId = TaskCollectionCmdletTests.CreateDisabledJob(_batch);
        var input = Enumerable.Range(1, 200).Select(i => (object?)new BatchTaskCreateOptions { Id = $"f{i}", CommandLine = "/bin/sh -c 'exit 0'" });
        var result = _batch.Run<AddBatchTaskCollectionCommand>(new() { ["JobId"] = jobId, ["ThrottleLimit"] = 8 }, input);

        Assert.Null(result.TerminatingError);
        var outcomes = result.OutputOf<BatchTaskSubmitOutcome>().ToList();
        Assert.Equal(Enumerable.Range(1, 200).Select(i => $"f{i}").OrderBy(i => i), outcomes.Select(o => o.TaskId).OrderBy(i => i));
        Assert.All(outcomes, o => Assert.Contains(o.Status, new[] { BatchTaskSubmitStatus.Added, BatchTaskSubmitStatus.Failed }));
        Assert.Contains(outcomes, o => o.Attempts > 1);

        var inJob = TaskCollectionCmdletTests.TasksOf(_batch, jobId).Select(t => t.Id!).ToHashSet();
        Assert.All(outcomes.Where(o => o.Status == BatchTaskSubmitStatus.Added), o => Assert.Contains(o.TaskId, inJob));
        Assert.All(outcomes.Where(o => o.Status == BatchTaskSubmitStatus.Failed), o => Assert.DoesNotContain(o.TaskId, inJob));
        Assert.Equal(outcomes.Count(o => o.Status == BatchTaskSubmitStatus.Failed), result.Errors.Count);
        Assert.All(result.Errors, e => Assert.StartsWith("f", (string)e.TargetObject!));
    }
}
