using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Globalization;
using Azure.Core;
using Azure.Core.Diagnostics;
using Azure.Core.Pipeline;
using AzBatchJobs.Client.Pipeline;
using AzBatchJobs.Client.Tests.Infrastructure;

namespace AzBatchJobs.Client.Tests;

public sealed class PipelineTests
{
    [Fact]
    public void Every_request_carries_api_version_a_new_client_request_id_and_ocp_date()
    {
        var transport = CapturingTransport.Responding(new TestResponse(202));
        var client = TestClients.SharedKey(transport);

        client.EnableJob("job-1");
        client.EnableJob("job-1");

        Assert.Equal(2, transport.Requests.Count);
        foreach (var request in transport.Requests)
        {
            Assert.Equal("2025-06-01", request.Query["api-version"]);
            Assert.True(Guid.TryParse(request.Header("client-request-id"), out _));
            Assert.Equal("true", request.Header("return-client-request-id"));
            var ocpDate = DateTimeOffset.ParseExact(request.Header("ocp-date")!, "R", CultureInfo.InvariantCulture);
            Assert.True(Math.Abs((DateTimeOffset.UtcNow - ocpDate).TotalMinutes) < 5);
        }
        Assert.NotEqual(transport.Requests[0].Header("client-request-id"), transport.Requests[1].Header("client-request-id"));
    }

    [Fact]
    public void A_caller_supplied_client_request_id_and_server_timeout_are_sent()
    {
        var transport = CapturingTransport.Responding(new TestResponse(202));
        var client = TestClients.SharedKey(transport);
        var id = Guid.Parse("9C4D50EE-2D56-4CD3-8152-34347DC9F2B0");

        var result = client.EnableJob("job-1", new BatchRequestOptions { ClientRequestId = id, TimeoutSeconds = 25 });

        Assert.Equal(id.ToString(), transport.Single.Header("client-request-id"));
        Assert.Equal("25", transport.Single.Query["timeOut"]);
        Assert.Equal(202, result.Status);
    }

    [Fact]
    public async Task Retry_after_on_429_is_honoured_before_the_next_attempt()
    {
        var transport = CapturingTransport.Responding(new TestResponse(429).WithHeader("Retry-After", "1"), new TestResponse(202));
        var client = TestClients.SharedKey(transport);
        var stopwatch = Stopwatch.StartNew();

        await client.EnableJobAsync("job-1");

        Assert.Equal(2, transport.Requests.Count);
        Assert.True(stopwatch.Elapsed >= TimeSpan.FromMilliseconds(900), $"retried after {stopwatch.Elapsed.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task A_503_is_retried_and_each_attempt_reaches_the_observer()
    {
        var traces = new List<BatchRequestTrace>();
        var transport = CapturingTransport.Responding(
            new TestResponse(503).WithHeader("request-id", "r-1"),
            new TestResponse(202).WithHeader("request-id", "r-2"));
        var client = TestClients.SharedKey(transport, trace => { lock (traces) { traces.Add(trace); } });

        await client.EnableJobAsync("job-1");

        Assert.Collection(traces,
            first => { Assert.Equal(1, first.Attempt); Assert.Equal(503, first.Status); Assert.Equal("r-1", first.RequestId); },
            second => { Assert.Equal(2, second.Attempt); Assert.Equal(202, second.Status); Assert.Equal("r-2", second.RequestId); });
        Assert.All(traces, trace =>
        {
            Assert.Equal("POST", trace.Method);
            Assert.Equal(transport.Requests[0].Header("client-request-id"), trace.ClientRequestId);
            Assert.Equal("/jobs/job-1/enable", trace.Uri.AbsolutePath);
            Assert.DoesNotContain("SharedKey", trace.ToString());
        });
    }

    [Fact]
    public async Task Retries_stop_at_the_configured_limit_and_the_last_status_is_thrown()
    {
        var transport = CapturingTransport.Responding(new TestResponse(503));
        var client = TestClients.SharedKey(transport);

        var error = await Assert.ThrowsAsync<BatchServiceException>(() => client.EnableJobAsync("job-1"));

        Assert.Equal(503, error.Status);
        Assert.Equal(4, transport.Requests.Count); // first try + MaxRetries (3)
    }

    [Fact]
    public async Task A_cancelled_call_sends_nothing_and_throws_cancellation()
    {
        var transport = CapturingTransport.Responding(new TestResponse(202));
        var client = TestClients.SharedKey(transport);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.EnableJobAsync("job-1", cancellationToken: cancelled.Token));
        Assert.Empty(transport.Requests);
    }

    [Fact]
    public async Task A_per_call_network_timeout_ends_a_hanging_attempt()
    {
        var traces = new List<BatchRequestTrace>();
        var options = new BatchClientOptions { Transport = new HangingTransport(), RequestObserver = traces.Add };
        options.Retry.MaxRetries = 0;
        var client = new BatchClient(BatchConnection.SharedKey(TestClients.Endpoint, TestClients.Account, TestClients.Key), options);
        var stopwatch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<BatchConnectionException>(() =>
            client.EnableJobAsync("job-1", new BatchRequestOptions { NetworkTimeout = TimeSpan.FromMilliseconds(100) }));

        Assert.True(error.TimedOut);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10));
        var trace = Assert.Single(traces);
        Assert.Null(trace.Status);
        Assert.IsAssignableFrom<OperationCanceledException>(trace.Exception);
    }

    [Fact]
    public void Authorization_is_not_a_logged_header_and_is_redacted_in_azure_core_logs()
    {
        var options = new BatchClientOptions();
        Assert.DoesNotContain("Authorization", options.Diagnostics.LoggedHeaderNames, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("client-request-id", options.Diagnostics.LoggedHeaderNames);

        var events = new List<string>();
        using var listener = new AzureEventSourceListener((e, _) =>
        {
            lock (events)
            {
                events.Add(e.Payload is null ? string.Empty : string.Join(" ", e.Payload));
            }
        }, EventLevel.Verbose);
        var transport = CapturingTransport.Responding(new TestResponse(202));
        var client = TestClients.SharedKey(transport);
        client.EnableJob("job-1");

        var signature = transport.Single.Header("Authorization")!;
        var clientRequestId = transport.Single.Header("client-request-id")!;
        lock (events)
        {
            var ours = events.Where(e => e.Contains(clientRequestId)).ToList();
            Assert.NotEmpty(ours);
            Assert.Contains(ours, e => e.Contains("Authorization:REDACTED"));
            Assert.DoesNotContain(events, e => e.Contains(signature));
        }
    }

    [Fact]
    public void Unknown_query_values_are_redacted_in_traces()
    {
        var redacted = UriRedactor.Redact(new Uri("https://a.batch.azure.com/jobs?api-version=2025-06-01&sig=secret&$filter=state%20eq%20'active'"));

        Assert.DoesNotContain("secret", redacted.ToString());
        Assert.Contains("sig=REDACTED", redacted.ToString());
        Assert.Contains("api-version=2025-06-01", redacted.ToString());
    }

    private sealed class HangingTransport : HttpPipelineTransport
    {
        public override Request CreateRequest() => new TestRequest();

        public override void Process(HttpMessage message) => ProcessAsync(message).AsTask().GetAwaiter().GetResult();

        public override async ValueTask ProcessAsync(HttpMessage message) =>
            await Task.Delay(Timeout.Infinite, message.CancellationToken);
    }
}
