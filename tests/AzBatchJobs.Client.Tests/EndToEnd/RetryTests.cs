using System.Collections.Concurrent;
using AzBatchJobs.Client.Models;
using AzBatchJobs.Emulator;

namespace AzBatchJobs.Client.Tests.EndToEnd;

/// <summary>An emulator that fails a third of all requests (500, 503/429 with Retry-After, dropped connections), with a fixed seed.</summary>
public sealed class FaultyEmulator : EmulatorFixture
{
    protected override EmulatorOptions Options() => new() { Slots = 0, FaultRate = 0.3, Seed = 20261122 };
}

public sealed class RetryTests : IClassFixture<FaultyEmulator>
{
    private readonly FaultyEmulator _emulator;

    public RetryTests(FaultyEmulator emulator) => _emulator = emulator;

    [Fact]
    public async Task Reads_succeed_through_injected_faults_by_retrying()
    {
        var traces = new ConcurrentQueue<BatchRequestTrace>();
        var client = _emulator.CreateClient(traces.Enqueue);
        var jobId = EmulatorFixture.NewId("retry");
        await CreateJobToleratingLostAnswerAsync(client, jobId);

        for (var i = 0; i < 10; i++)
        {
            var job = (await client.GetJobAsync(jobId)).Value;
            Assert.Equal(jobId, job.Id);
            var listed = new List<BatchJob>();
            await foreach (var item in client.GetJobsAsync(new BatchListOptions { Filter = $"id eq '{jobId}'" }))
            {
                listed.Add(item);
            }
            Assert.Equal(jobId, Assert.Single(listed).Id);
        }

        var retried = traces.Where(t => t.Attempt > 1).ToList();
        Assert.NotEmpty(retried);
        Assert.Contains(traces, t => t.Status is 500 or 503 or 429);
        Assert.Contains(traces, t => t.Status is null && t.Exception is not null);
    }

    // A create whose answer was lost after it was applied is retried and then meets its own job: 409 JobExists.
    private static async Task CreateJobToleratingLostAnswerAsync(BatchClient client, string jobId)
    {
        try
        {
            await client.CreateJobAsync(EmulatorFixture.NewJob(jobId));
        }
        catch (BatchServiceException e) when (e.ErrorCode == "JobExists")
        {
        }
    }
}
