using System.Net.Sockets;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using AzBatchJobs.Client.Bulk;
using AzBatchJobs.Client.Tests.Infrastructure;

namespace AzBatchJobs.Client.Tests.Bulk;

/// <summary>How the seam over the real client classifies what the pipeline hands back.</summary>
public class BatchClientTaskCollectionSenderTests
{
    private static readonly byte[] Body = "{\"value\":[{\"id\":\"a\",\"commandLine\":\"echo\"}]}"u8.ToArray();

    private const string OneSuccess = "{\"value\":[{\"status\":\"success\",\"taskId\":\"a\",\"lastModified\":\"2026-11-21T10:00:00Z\"}]}";

    private static TestResponse Error(int status, string code) =>
        TestResponse.Json(status, $"{{\"code\":\"{code}\",\"message\":{{\"lang\":\"en-US\",\"value\":\"{code} happened.\"}}}}");

    [Fact]
    public async Task Posts_the_bytes_as_given_and_reads_per_task_results()
    {
        var transport = CapturingTransport.Responding(TestResponse.Json(200,
            "{\"value\":[{\"status\":\"success\",\"taskId\":\"a\"},{\"status\":\"clienterror\",\"taskId\":\"b\",\"error\":{\"code\":\"TaskExists\",\"message\":{\"value\":\"exists\"}}},{\"status\":\"servererror\",\"taskId\":\"c\"}]}"));
        var sender = new BatchClientTaskCollectionSender(TestClients.SharedKey(transport));

        var result = await sender.SendAsync("job-1", Body, default);

        Assert.Equal(CollectionSendKind.Completed, result.Kind);
        Assert.False(result.MayHaveBeenSentBefore);
        Assert.Equal(new[] { TaskAddItemStatus.Success, TaskAddItemStatus.ClientError, TaskAddItemStatus.ServerError }, result.Results.Select(r => r.Status));
        Assert.Equal("TaskExists", result.Results[1].ErrorCode);
        Assert.Equal("exists", result.Results[1].ErrorMessage);
        var request = transport.Single;
        Assert.Equal("POST", request.Method);
        Assert.Equal("/jobs/job-1/addtaskcollection", request.Path);
        Assert.Equal(Body, request.Body);
        Assert.StartsWith("application/json", request.Header("Content-Type"));
        Assert.StartsWith("SharedKey ", request.Header("Authorization"));
    }

    [Fact]
    public async Task Sends_once_the_engine_makes_every_retry_decision()
    {
        var transport = CapturingTransport.Responding(Error(503, "ServerBusy").WithHeader("Retry-After", "2"), TestResponse.Json(200, OneSuccess));
        var sender = new BatchClientTaskCollectionSender(TestClients.SharedKey(transport));

        var result = await sender.SendAsync("job-1", Body, default);

        Assert.Equal(CollectionSendKind.Unknown, result.Kind);
        Assert.Equal(503, result.Status);
        Assert.Equal(TimeSpan.FromSeconds(2), result.RetryAfter);
        Assert.Single(transport.Requests);
    }

    [Fact]
    public async Task A_body_a_custom_retry_policy_sent_twice_is_flagged()
    {
        var transport = CapturingTransport.Responding(Error(503, "ServerBusy"), TestResponse.Json(200, OneSuccess));
        var options = TestClients.Options(transport);
        options.RetryPolicy = new RetryEverything();
        var client = new BatchClient(BatchConnection.SharedKey(TestClients.Endpoint, TestClients.Account, TestClients.Key), options);

        var result = await new BatchClientTaskCollectionSender(client).SendAsync("job-1", Body, default);

        Assert.Equal(CollectionSendKind.Completed, result.Kind);
        Assert.True(result.MayHaveBeenSentBefore);
        Assert.Equal(2, transport.Requests.Count);
    }

    [Fact]
    public async Task A_connection_that_cannot_be_made_is_not_sent_and_other_transport_failures_are_unknown()
    {
        var refused = new RequestFailedException("Connection refused (127.0.0.1:1)",
            new HttpRequestException("Connection refused (127.0.0.1:1)", new SocketException((int)SocketError.ConnectionRefused)));
        var reset = new RequestFailedException("Connection reset by peer",
            new HttpRequestException("Error while copying content", new IOException("reset", new SocketException((int)SocketError.ConnectionReset))));
        var transport = new CapturingTransport(_ => throw refused, _ => throw reset);
        var sender = new BatchClientTaskCollectionSender(TestClients.SharedKey(transport));

        var notSent = await sender.SendAsync("job-1", Body, default);
        var unknown = await sender.SendAsync("job-1", Body, default);

        Assert.Equal(CollectionSendKind.NotSent, notSent.Kind);
        Assert.Equal("ConnectionFailed", notSent.ErrorCode);
        Assert.Contains("Connection refused", notSent.ErrorMessage);
        Assert.True(notSent.IsTransportFailure);
        Assert.Equal(CollectionSendKind.Unknown, unknown.Kind);
        Assert.True(unknown.IsTransportFailure);
        Assert.Equal(2, transport.Requests.Count);
    }

    [Theory]
    [InlineData(413, "RequestBodyTooLarge", "TooLarge")]
    [InlineData(400, "RequestBodyTooLarge", "TooLarge")]
    [InlineData(400, "InvalidRequestBody", "Rejected")]
    [InlineData(404, "JobNotFound", "Rejected")]
    [InlineData(500, "InternalError", "Unknown")]
    [InlineData(503, "ServerBusy", "Unknown")]
    public async Task Classifies_request_failures(int status, string code, string kind)
    {
        // A fresh response per attempt: the pipeline retries 5xx and disposes what it retried.
        var sender = new BatchClientTaskCollectionSender(TestClients.SharedKey(new CapturingTransport(_ => Error(status, code))));

        var result = await sender.SendAsync("job-1", Body, default);

        Assert.Equal(kind, result.Kind.ToString());
        Assert.Equal(code, result.ErrorCode);
        Assert.Equal($"{code} happened.", result.ErrorMessage);
    }

    [Fact]
    public async Task Throttling_keeps_the_services_Retry_After()
    {
        var sender = new BatchClientTaskCollectionSender(TestClients.SharedKey(
            new CapturingTransport(_ => Error(429, "TooManyRequests").WithHeader("retry-after-ms", "5"))));

        var result = await sender.SendAsync("job-1", Body, default);

        Assert.Equal(CollectionSendKind.Throttled, result.Kind);
        Assert.Equal(TimeSpan.FromMilliseconds(5), result.RetryAfter);
    }

    [Fact]
    public async Task A_2xx_that_cannot_be_read_is_an_unknown_outcome()
    {
        var sender = new BatchClientTaskCollectionSender(TestClients.SharedKey(CapturingTransport.Responding(TestResponse.Json(200, "<html>"))));

        var result = await sender.SendAsync("job-1", Body, default);

        Assert.Equal(CollectionSendKind.Unknown, result.Kind);
    }

    [Fact]
    public async Task Lists_tasks_by_id_with_creation_times_in_one_request()
    {
        var transport = CapturingTransport.Responding(TestResponse.Json(200,
            "{\"value\":[{\"id\":\"A\",\"creationTime\":\"2026-11-21T10:00:00Z\"}]}").WithHeader("Date", "Sat, 21 Nov 2026 10:00:05 GMT"));
        var sender = new BatchClientTaskCollectionSender(TestClients.SharedKey(transport));

        var result = await sender.ListTasksAsync("job-1", new[] { "a", "b" }, default);

        Assert.True(result.Answered);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero), result.Found["a"]);
        Assert.False(result.Found.ContainsKey("b"));
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 10, 0, 5, TimeSpan.Zero), result.ServiceTime);
        var request = transport.Single;
        Assert.Equal("/jobs/job-1/tasks", request.Path);
        Assert.Equal("id eq 'a' or id eq 'b'", request.Query["$filter"]);
        Assert.Equal("id,creationTime", request.Query["$select"]);
    }

    [Fact]
    public async Task A_listing_follows_next_links()
    {
        var transport = CapturingTransport.Responding(
            TestResponse.Json(200, $"{{\"value\":[{{\"id\":\"a\",\"creationTime\":\"2026-11-21T10:00:00Z\"}}],\"odata.nextLink\":\"{TestClients.Endpoint}jobs/job-1/tasks?api-version=2025-06-01&$skiptoken=x\"}}"),
            TestResponse.Json(200, "{\"value\":[{\"id\":\"b\",\"creationTime\":\"2026-11-21T10:00:01Z\"}]}"));
        var sender = new BatchClientTaskCollectionSender(TestClients.SharedKey(transport));

        var result = await sender.ListTasksAsync("job-1", new[] { "a", "b" }, default);

        Assert.Equal(new[] { "a", "b" }, result.Found.Keys.OrderBy(k => k));
        Assert.Equal("x", transport.Requests[1].Query["$skiptoken"]);
    }

    [Fact]
    public async Task A_get_tells_found_from_not_found_and_classifies_failures()
    {
        var transport = CapturingTransport.Responding(
            TestResponse.Json(200, "{\"id\":\"a\",\"creationTime\":\"2026-11-21T10:00:00Z\"}"),
            Error(404, "TaskNotFound"),
            Error(404, "JobNotFound"),
            Error(503, "ServerBusy").WithHeader("Retry-After", "1"));
        var sender = new BatchClientTaskCollectionSender(TestClients.SharedKey(transport));

        var found = await sender.GetTaskAsync("job-1", "a", default);
        var missing = await sender.GetTaskAsync("job-1", "b", default);
        var noJob = await sender.GetTaskAsync("job-1", "c", default);
        var busy = await sender.GetTaskAsync("job-1", "d", default);

        Assert.Equal(new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero), found.Found["a"]);
        Assert.True(missing.Answered);
        Assert.Empty(missing.Found);
        Assert.False(noJob.Answered);
        Assert.False(noJob.Retriable);
        Assert.Contains("JobNotFound", noJob.ErrorMessage);
        Assert.False(busy.Answered);
        Assert.True(busy.Retriable);
        Assert.Equal(TimeSpan.FromSeconds(1), busy.RetryAfter);
        Assert.Equal(4, transport.Requests.Count);
        Assert.Equal("id,creationTime", transport.Requests[0].Query["$select"]);
    }

    /// <summary>A custom policy that retries every failure, whatever the message's classifier says.</summary>
    private sealed class RetryEverything() : RetryPolicy(maxRetries: 1, DelayStrategy.CreateFixedDelayStrategy(TimeSpan.FromMilliseconds(1)))
    {
        protected override bool ShouldRetry(HttpMessage message, Exception? exception) =>
            exception is not null || message.Response.Status >= 500;

        protected override ValueTask<bool> ShouldRetryAsync(HttpMessage message, Exception? exception) =>
            new(ShouldRetry(message, exception));
    }
}
