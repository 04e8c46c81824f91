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
    public async Task A_body_the_pipeline_sent_twice_is_flagged()
    {
        var transport = CapturingTransport.Responding(Error(503, "ServerBusy"), TestResponse.Json(200, OneSuccess));
        var sender = new BatchClientTaskCollectionSender(TestClients.SharedKey(transport));

        var result = await sender.SendAsync("job-1", Body, default);

        Assert.Equal(CollectionSendKind.Completed, result.Kind);
        Assert.True(result.MayHaveBeenSentBefore);
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
    public async Task Lookup_tells_found_from_not_found()
    {
        var transport = CapturingTransport.Responding(
            TestResponse.Json(200, "{\"id\":\"a\",\"creationTime\":\"2026-11-21T10:00:00Z\"}").WithHeader("Date", "Sat, 21 Nov 2026 10:00:05 GMT"),
            Error(404, "TaskNotFound"));
        var sender = new BatchClientTaskCollectionSender(TestClients.SharedKey(transport));

        var found = await sender.LookupTaskAsync("job-1", "a", default);
        var missing = await sender.LookupTaskAsync("job-1", "b", default);

        Assert.Equal(TaskLookupKind.Found, found.Kind);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero), found.CreationTime);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 10, 0, 5, TimeSpan.Zero), found.ServiceTime);
        Assert.Equal(TaskLookupKind.NotFound, missing.Kind);
        Assert.Equal("id,creationTime", transport.Requests[0].Query["$select"]);
    }
}
