using System.Diagnostics;
using Azure.Core;
using AzBatchJobs.Client.Bulk;
using AzBatchJobs.Client.Models;
using AzBatchJobs.Emulator;

namespace AzBatchJobs.Client.Tests.Bulk;

/// <summary>The engine over the real client against the emulator with injected faults (failed, throttled,
/// dropped and committed-then-dropped requests, per-task servererrors), one seed per run.</summary>
public class BulkSubmitEmulatorFaultTests
{
    private const int TaskCount = 300;
    private const string JobId = "bulk-faults";

    public static IEnumerable<object[]> Seeds() => Enumerable.Range(1, 10).Select(seed => new object[] { seed });

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task The_job_holds_every_task_exactly_once_and_every_outcome_is_true(int seed)
    {
        await using var emulator = await BatchEmulator.StartAsync(new EmulatorOptions
        {
            Port = 0, InMemory = true, FaultRate = 0.15, TaskFaultRate = 0.05, Seed = seed, Slots = 0,
        });
        var client = Client(emulator, transportRetries: 3);
        var patient = Client(emulator, transportRetries: 12);
        await IgnoringExistsAsync(() => patient.CreateJobAsync(new BatchJobCreateOptions { Id = JobId, PoolInfo = new BatchPoolInfo { PoolId = "pool" } }));
        var input = Enumerable.Range(0, TaskCount).Select(i => new BatchTaskCreateOptions { Id = $"t-{i:D4}", CommandLine = $"echo {i}" }).ToList();
        var planted = input.Where((_, i) => i % 37 == 5).Select(t => new BatchTaskCreateOptions { Id = t.Id, CommandLine = "was here before" });
        await patient.CreateTaskCollectionAsync(JobId, planted);

        // Injected per-task faults may have refused some: what is in the job now is what "already there" means.
        var preExisting = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await foreach (var task in patient.GetTasksAsync(JobId))
        {
            preExisting.Add(task.Id!);
        }

        Assert.NotEmpty(preExisting);

        // The service's Date header has whole seconds; give the rule that tells "added" from "already there" its margin.
        await WaitUntilAsync(DateTimeOffset.UtcNow + TimeSpan.FromSeconds(1.1));

        var options = new BatchTaskSubmitOptions
        {
            MaxParallelRequests = 3, MaxRetries = 8,
            InitialRetryDelay = TimeSpan.FromMilliseconds(10), MaxRetryDelay = TimeSpan.FromMilliseconds(50),
        };
        var outcomes = new List<BatchTaskSubmitOutcome>();
        await foreach (var outcome in client.AddTasksAsync(JobId, input, options))
        {
            outcomes.Add(outcome);
        }

        var inJob = new List<BatchTask>();
        await foreach (var task in patient.GetTasksAsync(JobId))
        {
            inJob.Add(task);
        }

        Assert.Equal(TaskCount, outcomes.Count);
        Assert.Equal(TaskCount, outcomes.Select(o => o.TaskId).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(inJob.Count, inJob.Select(t => t.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var jobTasks = inJob.ToDictionary(t => t.Id!, StringComparer.OrdinalIgnoreCase);
        foreach (var outcome in outcomes)
        {
            Assert.Equal(JobId, outcome.JobId);
            jobTasks.TryGetValue(outcome.TaskId, out var stored);
            switch (outcome.Status)
            {
                case BatchTaskSubmitStatus.Added:
                    Assert.False(preExisting.Contains(outcome.TaskId), $"{outcome.TaskId} was there before but reported Added");
                    Assert.NotNull(stored);
                    Assert.StartsWith("echo ", stored!.CommandLine);
                    break;
                case BatchTaskSubmitStatus.AlreadyExisted:
                    Assert.True(preExisting.Contains(outcome.TaskId), $"{outcome.TaskId} reported AlreadyExisted but this run added it");
                    Assert.Equal("was here before", stored!.CommandLine);
                    break;
                case BatchTaskSubmitStatus.Failed:
                    Assert.True(stored is null || preExisting.Contains(outcome.TaskId), $"{outcome.TaskId} reported Failed ({outcome.ErrorCode}) but is in the job");
                    break;
                default:
                    Assert.Fail($"{outcome.TaskId}: {outcome.Status} ({outcome.ErrorMessage}) without cancellation");
                    break;
            }
        }

        Assert.Equal(preExisting.Count, outcomes.Count(o => o.Status == BatchTaskSubmitStatus.AlreadyExisted));
        Assert.Equal(TaskCount, inJob.Count);
    }

    [Fact]
    public async Task Against_a_throttling_emulator_every_task_is_added_once_and_the_engine_backs_off()
    {
        await using var emulator = await BatchEmulator.StartAsync(new EmulatorOptions
        {
            Port = 0, InMemory = true, Slots = 0, ThrottleRate = 5,
        });
        int throttled = 0;
        var options = new BatchClientOptions { RequestObserver = trace => { if (trace.Status == 429) Interlocked.Increment(ref throttled); } };
        options.Retry.MaxRetries = 12;
        var client = new BatchClient(BatchConnection.SharedKey(emulator.Endpoint, emulator.AccountName, emulator.AccountKey), options);
        await client.CreateJobAsync(new BatchJobCreateOptions { Id = "bulk-throttled", PoolInfo = new BatchPoolInfo { PoolId = "pool" } });
        int setup = throttled;
        await Task.Delay(1_100); // the bucket is full again

        int added = 0;
        await foreach (var outcome in client.AddTasksAsync("bulk-throttled", Generate(1_000), new BatchTaskSubmitOptions { MaxParallelRequests = 8 }))
        {
            Assert.Equal(BatchTaskSubmitStatus.Added, outcome.Status);
            added++;
        }

        var counts = await client.GetJobTaskCountsAsync("bulk-throttled");
        Assert.Equal(1_000, added);
        Assert.Equal(1_000, counts.Value.TaskCounts!.Active);
        // Ten requests at five a second, eight at once: the bucket runs dry at once. The requests then in flight
        // are throttled, and the engine waits out the Retry-After with fewer in flight instead of being throttled
        // again and again.
        int storm = throttled - setup;
        Assert.InRange(storm, 1, 20);
    }

    [Fact]
    public async Task Without_faults_a_large_input_is_added_with_progress()
    {
        await using var emulator = await BatchEmulator.StartAsync(new EmulatorOptions { Port = 0, InMemory = true, Slots = 0 });
        var client = Client(emulator, transportRetries: 3);
        await client.CreateJobAsync(new BatchJobCreateOptions { Id = "bulk-clean", PoolInfo = new BatchPoolInfo { PoolId = "pool" } });
        var reports = new List<BatchTaskSubmitProgress>();
        var options = new BatchTaskSubmitOptions { ExpectedCount = 2_000, ProgressInterval = TimeSpan.Zero, Progress = new Collect(reports) };

        int added = 0;
        await foreach (var outcome in client.AddTasksAsync("bulk-clean", Generate(2_000), options))
        {
            Assert.Equal(BatchTaskSubmitStatus.Added, outcome.Status);
            added++;
        }

        var counts = await client.GetJobTaskCountsAsync("bulk-clean");
        Assert.Equal(2_000, added);
        Assert.Equal(2_000, counts.Value.TaskCounts!.Active);
        Assert.Equal(2_000, reports[^1].Added);
        Assert.Equal(0, reports[^1].Remaining);
    }

    private static async IAsyncEnumerable<BatchTaskCreateOptions> Generate(int count)
    {
        for (int i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return new BatchTaskCreateOptions { Id = "g" + i, CommandLine = "echo " + i };
        }
    }

    private static BatchClient Client(BatchEmulator emulator, int transportRetries)
    {
        var options = new BatchClientOptions();
        options.Retry.Mode = RetryMode.Fixed;
        options.Retry.Delay = TimeSpan.FromMilliseconds(5);
        options.Retry.MaxRetries = transportRetries;
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(20);
        return new BatchClient(BatchConnection.SharedKey(emulator.Endpoint, emulator.AccountName, emulator.AccountKey), options);
    }

    /// <summary>Setup calls may be retried by the transport after the emulator committed them.</summary>
    private static async Task IgnoringExistsAsync(Func<Task> create)
    {
        try
        {
            await create();
        }
        catch (BatchServiceException exists) when (exists.Status == 409 && exists.ErrorCode is "JobExists" or "TaskExists")
        {
        }
    }

    private static async Task WaitUntilAsync(DateTimeOffset moment)
    {
        var clock = Stopwatch.StartNew();
        while (DateTimeOffset.UtcNow < moment && clock.Elapsed < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(20);
        }
    }

    private sealed class Collect(List<BatchTaskSubmitProgress> reports) : IProgress<BatchTaskSubmitProgress>
    {
        public void Report(BatchTaskSubmitProgress value) => reports.Add(value);
    }
}
