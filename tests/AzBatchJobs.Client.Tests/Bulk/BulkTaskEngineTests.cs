using System.Diagnostics;
using AzBatchJobs.Client.Bulk;
using static AzBatchJobs.Client.Tests.Bulk.EngineTestKit;

namespace AzBatchJobs.Client.Tests.Bulk;

public class BulkTaskEngineTests
{
    [Fact]
    public async Task Adds_every_task_in_requests_of_at_most_100()
    {
        var fake = new FakeTaskCollectionSender();

        var outcomes = await RunAsync(fake, Tasks(250));

        AssertEveryInputOnce(outcomes, 250);
        Assert.All(outcomes, o => Assert.Equal(BatchTaskSubmitStatus.Added, o.Status));
        Assert.All(outcomes, o => Assert.Equal("job-1", o.JobId));
        Assert.Equal(250, fake.Store.Count);
        Assert.Equal(new[] { 50, 100, 100 }, fake.Calls.Select(c => c.TaskIds.Count).OrderBy(n => n));
    }

    [Fact]
    public async Task Packs_requests_by_serialized_bytes_under_the_limit()
    {
        var fake = new FakeTaskCollectionSender();
        const int limit = 10_000;
        var input = Enumerable.Range(0, 40).Select(i => Payload($"big-{i}", padding: 900)).ToList();

        var outcomes = await RunAsync(fake, input, maxBodyBytes: limit);

        Assert.All(outcomes, o => Assert.Equal(BatchTaskSubmitStatus.Added, o.Status));
        Assert.All(fake.Calls, c => Assert.True(c.BodyBytes <= limit, $"body of {c.BodyBytes} bytes"));
        // ~940 bytes each: 10 fit under 10,000 with the envelope and commas, 11 do not.
        Assert.Equal(4, fake.Calls.Count);
    }

    [Fact]
    public async Task A_task_too_large_for_any_request_fails_alone_and_the_others_go_on()
    {
        var fake = new FakeTaskCollectionSender();
        var input = new[] { Payload("small-1"), Payload("huge", padding: 20_000), Payload("small-2") };

        var outcomes = ById(await RunAsync(fake, input, maxBodyBytes: 10_000));

        Assert.Equal(BatchTaskSubmitStatus.Failed, outcomes["huge"].Status);
        Assert.Equal("RequestBodyTooLarge", outcomes["huge"].ErrorCode);
        Assert.Contains("can never be sent", outcomes["huge"].ErrorMessage);
        Assert.Equal(0, outcomes["huge"].Attempts);
        Assert.Equal(BatchTaskSubmitStatus.Added, outcomes["small-1"].Status);
        Assert.Equal(BatchTaskSubmitStatus.Added, outcomes["small-2"].Status);
        Assert.DoesNotContain(fake.Calls, c => c.TaskIds.Contains("huge"));
    }

    [Fact]
    public async Task RequestBodyTooLarge_from_the_service_splits_the_request()
    {
        var fake = new FakeTaskCollectionSender { ServiceMaxBodyBytes = 2_000 };

        var outcomes = await RunAsync(fake, Tasks(100));

        Assert.All(outcomes, o => Assert.Equal(BatchTaskSubmitStatus.Added, o.Status));
        Assert.Equal(100, fake.Store.Count);
        Assert.Contains(fake.Calls, c => c.TaskIds.Count == 100);
        Assert.All(fake.Calls.Where(c => c.BodyBytes <= 2_000), c => Assert.True(c.TaskIds.Count < 100));
    }

    [Fact]
    public async Task RequestBodyTooLarge_for_a_single_task_is_that_tasks_error()
    {
        var fake = new FakeTaskCollectionSender { ServiceMaxBodyBytes = 500 };
        var input = new[] { Payload("fits"), Payload("too-big-for-service", padding: 600) };

        var outcomes = ById(await RunAsync(fake, input));

        Assert.Equal(BatchTaskSubmitStatus.Added, outcomes["fits"].Status);
        Assert.Equal(BatchTaskSubmitStatus.Failed, outcomes["too-big-for-service"].Status);
        Assert.Equal("RequestBodyTooLarge", outcomes["too-big-for-service"].ErrorCode);
    }

    [Fact]
    public async Task Duplicate_ids_are_compared_case_insensitively_and_never_sent()
    {
        var fake = new FakeTaskCollectionSender();
        var input = new[] { Payload("Alpha"), Payload("beta"), Payload("ALPHA"), Payload("alpha") };

        var outcomes = await RunAsync(fake, input);

        AssertEveryInputOnce(outcomes, 4);
        var byIndex = outcomes.OrderBy(o => o.InputIndex).ToList();
        Assert.Equal(BatchTaskSubmitStatus.Added, byIndex[0].Status);
        Assert.Equal(BatchTaskSubmitStatus.Added, byIndex[1].Status);
        Assert.All(byIndex.Skip(2), o =>
        {
            Assert.Equal(BatchTaskSubmitStatus.Failed, o.Status);
            Assert.Equal("DuplicateTaskId", o.ErrorCode);
            Assert.Contains("appears earlier in the input", o.ErrorMessage);
        });
        Assert.Equal(2, fake.Calls.SelectMany(c => c.TaskIds).Count());
    }

    [Fact]
    public async Task A_task_that_was_there_before_is_reported_as_already_existing_without_a_lookup()
    {
        var fake = new FakeTaskCollectionSender();
        fake.PreExisting("task-000001", DateTimeOffset.UtcNow.AddHours(-1));

        var outcomes = ById(await RunAsync(fake, Tasks(3)));

        Assert.Equal(BatchTaskSubmitStatus.AlreadyExisted, outcomes["task-000001"].Status);
        Assert.Equal(BatchTaskSubmitStatus.Added, outcomes["task-000000"].Status);
        Assert.Equal(BatchTaskSubmitStatus.Added, outcomes["task-000002"].Status);
        Assert.Equal(0, fake.Lookups + fake.Listings);
    }

    [Fact]
    public async Task A_lost_answer_after_the_service_committed_still_counts_as_added()
    {
        var fake = new FakeTaskCollectionSender { Faults = call => call.Number == 1 ? FakeFault.CommitThenLose : FakeFault.None };
        fake.PreExisting("task-000007", DateTimeOffset.UtcNow.AddMinutes(-10));

        var outcomes = ById(await RunAsync(fake, Tasks(20), Fast(parallel: 1)));

        Assert.Equal(20, outcomes.Count);
        Assert.Equal(BatchTaskSubmitStatus.AlreadyExisted, outcomes["task-000007"].Status);
        Assert.All(outcomes.Values.Where(o => o.TaskId != "task-000007"), o =>
        {
            Assert.Equal(BatchTaskSubmitStatus.Added, o.Status);
            Assert.Equal(2, o.Attempts);
        });
        Assert.Equal(2, fake.Calls.Count);
        Assert.Equal(1, fake.Listings);
        Assert.Equal(0, fake.Lookups);
    }

    [Theory]
    [InlineData(-10)]
    [InlineData(10)]
    public async Task Telling_added_from_existing_works_when_the_clocks_disagree(int serviceMinutesAhead)
    {
        var fake = new FakeTaskCollectionSender
        {
            ClockSkew = TimeSpan.FromMinutes(serviceMinutesAhead),
            Faults = call => call.Number == 1 ? FakeFault.CommitThenLose : FakeFault.None,
        };
        var justBefore = DateTimeOffset.UtcNow + fake.ClockSkew - TimeSpan.FromMilliseconds(200);
        fake.PreExisting("task-000002", justBefore);

        var outcomes = ById(await RunAsync(fake, Tasks(5), Fast(parallel: 1)));

        Assert.Equal(BatchTaskSubmitStatus.AlreadyExisted, outcomes["task-000002"].Status);
        Assert.Equal(4, outcomes.Values.Count(o => o.Status == BatchTaskSubmitStatus.Added));
    }

    [Fact]
    public async Task A_transport_retry_after_a_commit_counts_as_added()
    {
        var fake = new FakeTaskCollectionSender { Faults = _ => FakeFault.TransportRetryAfterCommit };
        fake.PreExisting("task-000003", DateTimeOffset.UtcNow.AddMinutes(-10));

        var outcomes = ById(await RunAsync(fake, Tasks(10)));

        Assert.Equal(BatchTaskSubmitStatus.AlreadyExisted, outcomes["task-000003"].Status);
        Assert.Equal(9, outcomes.Values.Count(o => o.Status == BatchTaskSubmitStatus.Added));
    }

    [Fact]
    public async Task A_5xx_before_commit_is_retried_and_succeeds()
    {
        var fake = new FakeTaskCollectionSender { Faults = call => call.Number <= 2 ? FakeFault.FailBeforeCommit : FakeFault.None };

        var outcomes = await RunAsync(fake, Tasks(30), Fast(parallel: 1));

        Assert.All(outcomes, o => Assert.Equal(BatchTaskSubmitStatus.Added, o.Status));
        Assert.All(outcomes, o => Assert.Equal(3, o.Attempts));
    }

    [Fact]
    public async Task Throttling_honours_Retry_After()
    {
        var fake = new FakeTaskCollectionSender
        {
            Faults = call => call.Number == 1 ? FakeFault.Throttle : FakeFault.None,
            RetryAfter = TimeSpan.FromMilliseconds(300),
        };
        var clock = Stopwatch.StartNew();

        var outcomes = await RunAsync(fake, Tasks(5));

        Assert.All(outcomes, o => Assert.Equal(BatchTaskSubmitStatus.Added, o.Status));
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(290), $"finished after {clock.Elapsed}");
        Assert.Equal(2, fake.Calls.Count);
        Assert.Equal(0, fake.Lookups + fake.Listings);
    }

    [Fact]
    public async Task Throttling_without_end_gives_up_after_MaxRetries_and_reports_the_code()
    {
        var fake = new FakeTaskCollectionSender { Faults = _ => FakeFault.Throttle, RetryAfter = TimeSpan.FromMilliseconds(1) };

        var outcomes = await RunAsync(fake, Tasks(3), Fast(maxRetries: 2));

        Assert.All(outcomes, o =>
        {
            Assert.Equal(BatchTaskSubmitStatus.Failed, o.Status);
            Assert.Equal("TooManyRequests", o.ErrorCode);
            Assert.Contains("gave up after 3 attempts", o.ErrorMessage);
        });
        Assert.Equal(3, fake.Calls.Count);
    }

    [Fact]
    public async Task A_per_task_servererror_is_retried_then_succeeds()
    {
        int failuresLeft = 2;
        var fake = new FakeTaskCollectionSender();
        fake.PerTask = id => id == "task-000004" && Interlocked.Decrement(ref failuresLeft) >= 0
            ? (new TaskAddItemResult(id, TaskAddItemStatus.ServerError, "ServerError", "Oops."), false)
            : null;

        var outcomes = ById(await RunAsync(fake, Tasks(10)));

        Assert.All(outcomes.Values, o => Assert.Equal(BatchTaskSubmitStatus.Added, o.Status));
        Assert.Equal(3, outcomes["task-000004"].Attempts);
        Assert.Equal(1, outcomes["task-000005"].Attempts);
        Assert.Equal(3, fake.Calls.Count);
    }

    [Fact]
    public async Task A_servererror_after_a_commit_counts_as_added_on_retry()
    {
        int failuresLeft = 1;
        var fake = new FakeTaskCollectionSender();
        fake.PerTask = id => id == "task-000001" && Interlocked.Decrement(ref failuresLeft) >= 0
            ? (new TaskAddItemResult(id, TaskAddItemStatus.ServerError, "ServerError", "Stored, then failed."), true)
            : null;

        var outcomes = ById(await RunAsync(fake, Tasks(3)));

        Assert.Equal(BatchTaskSubmitStatus.Added, outcomes["task-000001"].Status);
        Assert.Equal(1, fake.Listings);
        Assert.Equal(0, fake.Lookups);
    }

    [Fact]
    public async Task A_persistent_servererror_is_reported_after_the_retry_limit()
    {
        var fake = new FakeTaskCollectionSender();
        fake.PerTask = id => id == "task-000002" ? (new TaskAddItemResult(id, TaskAddItemStatus.ServerError, "InternalError", "Broken."), false) : null;

        var outcomes = ById(await RunAsync(fake, Tasks(5), Fast(maxRetries: 3)));

        var broken = outcomes["task-000002"];
        Assert.Equal(BatchTaskSubmitStatus.Failed, broken.Status);
        Assert.Equal("InternalError", broken.ErrorCode);
        Assert.StartsWith("Broken.", broken.ErrorMessage);
        Assert.Equal(4, broken.Attempts);
        Assert.Equal(4, outcomes.Values.Count(o => o.Status == BatchTaskSubmitStatus.Added));
    }

    [Fact]
    public async Task Per_task_failures_do_not_lengthen_the_backoff_after_a_failed_request()
    {
        // The task fails alone four times, then the request carrying it fails as a whole, then it goes through.
        int perTaskFailuresLeft = 4;
        var fake = new FakeTaskCollectionSender();
        fake.PerTask = id => Interlocked.Decrement(ref perTaskFailuresLeft) >= 0
            ? (new TaskAddItemResult(id, TaskAddItemStatus.ServerError, "ServerError", "Try again."), false)
            : null;
        fake.Faults = call => call.Number == 5 ? FakeFault.FailBeforeCommit : FakeFault.None;
        var options = new BatchTaskSubmitOptions { InitialRetryDelay = TimeSpan.FromMilliseconds(500), MaxRetryDelay = TimeSpan.FromSeconds(30) };

        var outcomes = await RunAsync(fake, Tasks(1), options);

        Assert.Equal(BatchTaskSubmitStatus.Added, Assert.Single(outcomes).Status);
        var calls = fake.Calls;
        Assert.Equal(6, calls.Count);
        // The first backoff step (0.25-0.5 s), not the sixth: by attempts it would be 4-8 s.
        var gap = calls[5].At - calls[4].At;
        Assert.True(gap >= TimeSpan.FromMilliseconds(250) && gap < TimeSpan.FromSeconds(2), $"waited {gap}");
    }

    [Fact]
    public async Task A_per_task_clienterror_is_reported_with_the_service_code_and_message()
    {
        var fake = new FakeTaskCollectionSender();
        fake.PerTask = id => id == "task-000001"
            ? (new TaskAddItemResult(id, TaskAddItemStatus.ClientError, "InvalidPropertyValue", "The value provided for commandLine is invalid."), false)
            : null;

        var outcomes = ById(await RunAsync(fake, Tasks(3)));

        Assert.Equal(BatchTaskSubmitStatus.Failed, outcomes["task-000001"].Status);
        Assert.Equal("InvalidPropertyValue", outcomes["task-000001"].ErrorCode);
        Assert.Equal("The value provided for commandLine is invalid.", outcomes["task-000001"].ErrorMessage);
        Assert.Equal(1, outcomes["task-000001"].Attempts);
        Assert.Equal(2, outcomes.Values.Count(o => o.Status == BatchTaskSubmitStatus.Added));
    }

    [Fact]
    public async Task Sends_several_requests_at_once_up_to_the_limit()
    {
        var fake = new FakeTaskCollectionSender { Latency = TimeSpan.FromMilliseconds(30) };

        var outcomes = await RunAsync(fake, Tasks(1_000), Fast(parallel: 3));

        Assert.Equal(1_000, outcomes.Count(o => o.Status == BatchTaskSubmitStatus.Added));
        Assert.Equal(3, fake.MaxInFlight);
    }

    [Fact]
    public async Task Reads_the_input_only_as_far_as_the_requests_in_flight_need()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var fake = new FakeTaskCollectionSender { Gate = gate };
        long produced = 0;
        IEnumerable<TaskPayload> Endless()
        {
            for (long i = 0; ; i++)
            {
                Interlocked.Increment(ref produced);
                yield return Payload("t" + i);
            }
        }

        using var cancel = new CancellationTokenSource();
        var run = Task.Run(() => RunAsync(fake, Endless(), Fast(parallel: 2), cancellationToken: cancel.Token));
        await WaitUntilAsync(() => fake.Calls.Count == 2 && Interlocked.Read(ref produced) >= 300);
        await Task.Delay(100); // room to read too far, if the engine did

        // Two requests in flight, one packed and waiting for a slot, one task read into the next.
        Assert.InRange(Interlocked.Read(ref produced), 300, 302);
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
    }

    [Fact]
    public async Task Cancellation_stops_promptly_and_tells_what_is_unknown_and_what_was_not_sent()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var fake = new FakeTaskCollectionSender { Gate = gate };
        var engine = new BulkTaskEngine(fake, Fast(parallel: 2));
        using var cancel = new CancellationTokenSource();
        var outcomes = new List<BatchTaskSubmitOutcome>();

        var run = Task.Run(async () =>
        {
            await foreach (var outcome in engine.RunAsync("job-1", AsyncSequence.From(Tasks(1_000)), 1_000, cancel.Token))
            {
                outcomes.Add(outcome);
            }
        });
        await WaitUntilAsync(() => fake.Calls.Count == 2);
        var clock = Stopwatch.StartNew();
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"stopped after {clock.Elapsed}");
        Assert.Equal(outcomes.Count, outcomes.Select(o => o.InputIndex).Distinct().Count());
        var inFlight = fake.Calls.SelectMany(c => c.TaskIds).ToHashSet();
        Assert.Equal(200, inFlight.Count);
        Assert.All(outcomes.Where(o => inFlight.Contains(o.TaskId)), o => Assert.Equal(BatchTaskSubmitStatus.Unknown, o.Status));
        Assert.All(outcomes.Where(o => !inFlight.Contains(o.TaskId)), o => Assert.Equal(BatchTaskSubmitStatus.NotSubmitted, o.Status));
        Assert.Equal(200, outcomes.Count(o => o.Status == BatchTaskSubmitStatus.Unknown));
        Assert.True(outcomes.Count(o => o.Status == BatchTaskSubmitStatus.NotSubmitted) >= 100);
    }

    [Fact]
    public async Task Cancellation_after_partial_success_reports_added_tasks_as_added()
    {
        var fake = new FakeTaskCollectionSender();
        var engine = new BulkTaskEngine(fake, Fast(parallel: 1));
        using var cancel = new CancellationTokenSource();
        var outcomes = new List<BatchTaskSubmitOutcome>();
        fake.Faults = call =>
        {
            if (call.Number == 3)
            {
                cancel.Cancel();
            }

            return FakeFault.None;
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var outcome in engine.RunAsync("job-1", AsyncSequence.From(Tasks(1_000)), 1_000, cancel.Token))
            {
                outcomes.Add(outcome);
            }
        });

        Assert.True(outcomes.Count(o => o.Status == BatchTaskSubmitStatus.Added) >= 200);
        Assert.All(outcomes.Where(o => o.Status == BatchTaskSubmitStatus.Added), o => Assert.True(fake.Store.ContainsKey(o.TaskId)));
        Assert.All(outcomes.Where(o => o.Status == BatchTaskSubmitStatus.NotSubmitted), o => Assert.False(fake.Store.ContainsKey(o.TaskId)));
    }

    [Fact]
    public async Task A_fatal_error_stops_sending_and_fails_every_remaining_task_with_it()
    {
        var fake = new FakeTaskCollectionSender();
        var engine = new BulkTaskEngine(new RejectingSender(fake), Fast(parallel: 1));
        var outcomes = new List<BatchTaskSubmitOutcome>();

        await foreach (var outcome in engine.RunAsync("job-1", AsyncSequence.From(Tasks(1_000)), null))
        {
            outcomes.Add(outcome);
        }

        AssertEveryInputOnce(outcomes, 1_000);
        Assert.All(outcomes, o =>
        {
            Assert.Equal(BatchTaskSubmitStatus.Failed, o.Status);
            Assert.Equal("JobNotFound", o.ErrorCode);
        });
        Assert.True(fake.Calls.Count <= 2, $"{fake.Calls.Count} requests sent");
    }

    [Fact]
    public async Task A_fatal_error_after_a_lost_commit_still_reports_the_committed_tasks_as_added()
    {
        var fake = new FakeTaskCollectionSender { Faults = call => call.Number == 1 ? FakeFault.CommitThenLose : FakeFault.JobCompleted };

        var outcomes = await RunAsync(fake, Tasks(150), Fast(parallel: 1));

        AssertEveryInputOnce(outcomes, 150);
        var committed = fake.Calls[0].TaskIds.ToHashSet();
        Assert.All(outcomes.Where(o => committed.Contains(o.TaskId)), o => Assert.Equal(BatchTaskSubmitStatus.Added, o.Status));
        Assert.All(outcomes.Where(o => !committed.Contains(o.TaskId)), o =>
        {
            Assert.Equal(BatchTaskSubmitStatus.Failed, o.Status);
            Assert.Equal("JobCompleted", o.ErrorCode);
        });
    }

    [Fact]
    public async Task Progress_reports_counts_total_and_rate()
    {
        var fake = new FakeTaskCollectionSender();
        fake.PreExisting("task-000000", DateTimeOffset.UtcNow.AddDays(-1));
        var reports = new List<BatchTaskSubmitProgress>();
        var options = Fast();
        options.ProgressInterval = TimeSpan.Zero;
        options.Progress = new SynchronousProgress(reports.Add);
        var input = Tasks(300).Append(Payload("task-000001"));

        await RunAsync(fake, input, options, total: 301);

        var last = reports[^1];
        Assert.Equal(301, last.Read);
        Assert.Equal(299, last.Added);
        Assert.Equal(1, last.AlreadyExisted);
        Assert.Equal(1, last.Failed);
        Assert.Equal(0, last.Remaining);
        Assert.Equal(100, last.PercentComplete);
        Assert.True(last.TasksPerSecond > 0);
        Assert.True(reports.Count > 2);
        Assert.Contains(reports, r => r.Remaining > 0);
    }

    [Fact]
    public async Task An_input_that_throws_surfaces_its_exception_after_the_tasks_read_are_reported()
    {
        var fake = new FakeTaskCollectionSender();
        IEnumerable<TaskPayload> Broken()
        {
            foreach (var task in Tasks(150))
            {
                yield return task;
            }

            throw new FormatException("line 151 is not a task");
        }

        var outcomes = new List<BatchTaskSubmitOutcome>();
        var engine = new BulkTaskEngine(fake, Fast());
        var error = await Assert.ThrowsAsync<FormatException>(async () =>
        {
            await foreach (var outcome in engine.RunAsync("job-1", AsyncSequence.From(Broken()), null))
            {
                outcomes.Add(outcome);
            }
        });

        Assert.Equal("line 151 is not a task", error.Message);
        Assert.Equal(150, outcomes.Count(o => o.Status == BatchTaskSubmitStatus.Added));
    }

    [Fact]
    public async Task A_consumer_that_stops_early_stops_the_submission()
    {
        var fake = new FakeTaskCollectionSender { Latency = TimeSpan.FromMilliseconds(5) };
        var engine = new BulkTaskEngine(fake, Fast(parallel: 2));

        await foreach (var outcome in engine.RunAsync("job-1", AsyncSequence.From(Tasks(100_000)), null))
        {
            break;
        }

        int sent = fake.Calls.Count;
        await Task.Delay(50);
        Assert.Equal(sent, fake.Calls.Count);
        Assert.True(sent < 20, $"{sent} requests");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(65)]
    public void Rejects_an_out_of_range_parallelism_naming_the_setting(int parallel)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new BulkTaskEngine(new FakeTaskCollectionSender(), new BatchTaskSubmitOptions { MaxParallelRequests = parallel }));
        Assert.Equal("MaxParallelRequests", error.ParamName);
        Assert.Contains("between 1 and 64", error.Message);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "timed out waiting");
            await Task.Delay(5);
        }
    }

    /// <summary>Answers every request with 404 JobNotFound, as for a job that does not exist.</summary>
    private sealed class RejectingSender(FakeTaskCollectionSender inner) : ITaskCollectionSender
    {
        public async Task<CollectionSendResult> SendAsync(string jobId, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
        {
            inner.Faults = _ => FakeFault.None;
            await inner.SendAsync(jobId, "{\"value\":[]}"u8.ToArray(), cancellationToken);
            return CollectionSendResult.Rejected(404, "JobNotFound", "The specified job does not exist.");
        }

        public Task<TaskQueryResult> ListTasksAsync(string jobId, IReadOnlyList<string> taskIds, CancellationToken cancellationToken) =>
            inner.ListTasksAsync(jobId, taskIds, cancellationToken);

        public Task<TaskQueryResult> GetTaskAsync(string jobId, string taskId, CancellationToken cancellationToken) =>
            inner.GetTaskAsync(jobId, taskId, cancellationToken);
    }

    private sealed class SynchronousProgress(Action<BatchTaskSubmitProgress> report) : IProgress<BatchTaskSubmitProgress>
    {
        public void Report(BatchTaskSubmitProgress value) => report(value);
    }
}
