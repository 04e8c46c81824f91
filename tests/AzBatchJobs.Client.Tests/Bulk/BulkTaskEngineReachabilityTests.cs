using System.Net;
using System.Net.Sockets;
using AzBatchJobs.Client.Bulk;
using AzBatchJobs.Client.Models;
using AzBatchJobs.Client.Tests.Infrastructure;
using static AzBatchJobs.Client.Tests.Bulk.EngineTestKit;

namespace AzBatchJobs.Client.Tests.Bulk;

/// <summary>Requests that never reached the service, and a service that is gone.</summary>
public class BulkTaskEngineReachabilityTests
{
    /// <summary>Retries spread over more than the unreachable timeout, as with the defaults (1 s doubling, 10 s):
    /// the breaker opens before the tasks run out of retries.</summary>
    private static BatchTaskSubmitOptions Options(TimeSpan unreachableTimeout, int maxRetries = 5) => new()
    {
        MaxParallelRequests = 4,
        MaxRetries = maxRetries,
        InitialRetryDelay = TimeSpan.FromMilliseconds(50),
        MaxRetryDelay = TimeSpan.FromSeconds(1),
        UnreachableTimeout = unreachableTimeout,
    };

    [Fact]
    public async Task Requests_that_never_reached_the_service_fail_with_the_connection_error_never_unknown()
    {
        var fake = new FakeTaskCollectionSender { Faults = _ => FakeFault.NotSent };

        var (outcomes, error) = await RunCatchingAsync(fake, Tasks(250), Fast(maxRetries: 2));

        Assert.Null(error);
        AssertEveryInputOnce(outcomes, 250);
        Assert.All(outcomes, o =>
        {
            Assert.Equal(BatchTaskSubmitStatus.Failed, o.Status);
            Assert.Equal("ConnectionFailed", o.ErrorCode);
            Assert.Contains("Connection refused", o.ErrorMessage);
            Assert.Equal(3, o.Attempts);
        });
        Assert.Equal(0, fake.Listings + fake.Lookups);
    }

    [Fact]
    public async Task Against_a_dead_service_the_breaker_stops_sending_and_reports_the_rest_not_submitted_with_one_error()
    {
        var fake = new FakeTaskCollectionSender { Faults = _ => FakeFault.NotSent };

        var (outcomes, error) = await RunCatchingAsync(fake, Tasks(20_000), Options(TimeSpan.FromMilliseconds(200)));

        AssertEveryInputOnce(outcomes, 20_000);
        Assert.All(outcomes, o =>
        {
            Assert.Equal(BatchTaskSubmitStatus.NotSubmitted, o.Status);
            Assert.Equal("ServiceUnreachable", o.ErrorCode);
        });
        var unreachable = Assert.IsType<BatchServiceUnreachableException>(error);
        Assert.Equal(20_000, unreachable.NotSubmitted);
        Assert.Equal(0, unreachable.Unknown);
        Assert.Equal("ServiceUnreachable", unreachable.ErrorCode);
        Assert.Contains("could not be reached", unreachable.Message);
        Assert.Contains("Connection refused", unreachable.Message);
        // Bounded by the retry queue's room and the timeout, not by the input (200 requests, 6 attempts each).
        Assert.True(fake.Calls.Count < 200, $"{fake.Calls.Count} requests");
    }

    [Fact]
    public async Task Tasks_of_an_unanswered_request_are_unknown_when_the_service_goes_away()
    {
        // The first request is committed and its answer lost; then nothing can connect any more.
        var fake = new FakeTaskCollectionSender { Faults = call => call.Number == 1 ? FakeFault.CommitThenLose : FakeFault.NotSent };

        var (outcomes, error) = await RunCatchingAsync(fake, Tasks(300), Options(TimeSpan.FromMilliseconds(100)));

        AssertEveryInputOnce(outcomes, 300);
        var first = fake.Calls[0].TaskIds.ToHashSet();
        Assert.All(outcomes, o => Assert.Equal(first.Contains(o.TaskId) ? BatchTaskSubmitStatus.Unknown : BatchTaskSubmitStatus.NotSubmitted, o.Status));
        var unreachable = Assert.IsType<BatchServiceUnreachableException>(error);
        Assert.Equal(100, unreachable.Unknown);
        Assert.Equal(200, unreachable.NotSubmitted);
    }

    [Fact]
    public async Task Failures_between_answers_do_not_open_the_breaker()
    {
        // Every other request fails to connect (one request at a time, so they end in that order): the service
        // keeps answering, so the run completes even with no time allowed without an answer.
        var fake = new FakeTaskCollectionSender { Faults = call => call.Number % 2 == 1 ? FakeFault.NotSent : FakeFault.None };
        var options = Options(TimeSpan.Zero, maxRetries: 20);
        options.MaxParallelRequests = 1;

        var (outcomes, error) = await RunCatchingAsync(fake, Tasks(1_000), options);

        Assert.Null(error);
        Assert.All(outcomes, o => Assert.Equal(BatchTaskSubmitStatus.Added, o.Status));
    }

    [Fact]
    public async Task A_real_client_against_a_closed_port_reports_not_submitted_and_throws_once()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var client = new BatchClient(BatchConnection.SharedKey(new Uri($"http://127.0.0.1:{port}"), TestClients.Account, TestClients.Key));
        var input = Enumerable.Range(0, 1_000).Select(i => new BatchTaskCreateOptions { Id = $"t{i}", CommandLine = "echo" });
        var outcomes = new List<BatchTaskSubmitOutcome>();

        var error = await Assert.ThrowsAsync<BatchServiceUnreachableException>(async () =>
        {
            await foreach (var outcome in client.AddTasksAsync("job-1", input, Options(TimeSpan.FromMilliseconds(300))))
            {
                outcomes.Add(outcome);
            }
        });

        Assert.Equal(1_000, outcomes.Count);
        Assert.All(outcomes, o => Assert.Equal(BatchTaskSubmitStatus.NotSubmitted, o.Status));
        Assert.Equal(1_000, error.NotSubmitted);
        Assert.Equal(0, error.Status);
    }
}
