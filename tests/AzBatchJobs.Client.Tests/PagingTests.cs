using AzBatchJobs.Client.Models;
using AzBatchJobs.Client.Tests.Infrastructure;

namespace AzBatchJobs.Client.Tests;

public sealed class PagingTests
{
    private static string Page(string id, string? nextLink) =>
        "{\"value\":[{\"id\":\"" + id + "\"}]" + (nextLink is null ? "" : ",\"odata.nextLink\":\"" + nextLink + "\"") + "}";

    private const string Next = "https://testaccount.westeurope.batch.azure.com/jobs?api-version=2025-06-01&maxresults=1&$skiptoken=abc";

    [Fact]
    public void Nothing_is_requested_until_enumeration_and_pages_follow_next_link_one_by_one()
    {
        var transport = CapturingTransport.Responding(
            TestResponse.Json(200, Page("job-1", Next)),
            TestResponse.Json(200, Page("job-2", null)));
        var client = TestClients.SharedKey(transport);

        var jobs = client.GetJobs(new BatchListOptions { MaxResults = 1 });
        Assert.Empty(transport.Requests);

        using var enumerator = jobs.GetEnumerator();
        Assert.True(enumerator.MoveNext());
        Assert.Equal("job-1", enumerator.Current.Id);
        Assert.Single(transport.Requests);

        Assert.True(enumerator.MoveNext());
        Assert.Equal("job-2", enumerator.Current.Id);
        Assert.False(enumerator.MoveNext());

        Assert.Equal(2, transport.Requests.Count);
        var second = transport.Requests[1];
        Assert.Equal("GET", second.Method);
        Assert.Equal(new Uri(Next).AbsolutePath, second.Path);
        Assert.Equal("abc", second.Query["$skiptoken"]);
        Assert.Equal("1", second.Query["maxresults"]);
        Assert.True(Guid.TryParse(second.Header("client-request-id"), out _));
        Assert.NotEqual(transport.Requests[0].Header("client-request-id"), second.Header("client-request-id"));
        Assert.StartsWith("SharedKey ", second.Header("Authorization"));
    }

    [Fact]
    public async Task Async_pages_expose_continuation_tokens_and_raw_responses()
    {
        var transport = CapturingTransport.Responding(
            TestResponse.Json(200, Page("job-1", Next)).WithHeader("request-id", "p1"),
            TestResponse.Json(200, Page("job-2", null)).WithHeader("request-id", "p2"));
        var client = TestClients.SharedKey(transport);

        var pages = new List<Azure.Page<BatchJob>>();
        await foreach (var page in client.GetJobsAsync().AsPages())
        {
            pages.Add(page);
        }

        Assert.Equal(2, pages.Count);
        Assert.Equal(Next, pages[0].ContinuationToken);
        Assert.Null(pages[1].ContinuationToken);
        Assert.Equal("p2", BatchOperationResult.FromResponse(pages[1].GetRawResponse()).RequestId);
    }

    [Fact]
    public async Task A_continuation_token_resumes_from_that_page()
    {
        var transport = CapturingTransport.Responding(TestResponse.Json(200, Page("job-2", null)));
        var client = TestClients.SharedKey(transport);

        await foreach (var page in client.GetJobsAsync().AsPages(Next))
        {
            Assert.Equal("job-2", Assert.Single(page.Values).Id);
        }

        Assert.Equal("abc", transport.Single.Query["$skiptoken"]);
    }

    [Fact]
    public void A_next_link_to_another_host_is_not_followed()
    {
        var transport = CapturingTransport.Responding(TestResponse.Json(200, Page("job-1", "https://evil.example.com/jobs?api-version=2025-06-01")));
        var client = TestClients.SharedKey(transport);

        var error = Assert.Throws<InvalidOperationException>(() => client.GetJobs().ToList());

        Assert.Contains("odata.nextLink", error.Message);
        Assert.Single(transport.Requests);
    }

    [Fact]
    public void A_next_link_to_another_port_of_the_same_host_is_not_followed()
    {
        var transport = CapturingTransport.Responding(TestResponse.Json(200, Page("job-1", "https://testaccount.westeurope.batch.azure.com:8443/jobs?api-version=2025-06-01")));
        var client = TestClients.SharedKey(transport);

        Assert.Throws<InvalidOperationException>(() => client.GetJobs().ToList());
        Assert.Single(transport.Requests);
    }

    [Fact]
    public void An_error_on_a_later_page_is_thrown_during_enumeration()
    {
        var transport = CapturingTransport.Responding(
            TestResponse.Json(200, Page("job-1", Next)),
            TestResponse.Json(403, """{"code":"AuthenticationFailed","message":{"value":"Server failed to authenticate the request."}}"""));
        var client = TestClients.SharedKey(transport);
        var seen = new List<string?>();

        var error = Assert.Throws<BatchServiceException>(() =>
        {
            foreach (var job in client.GetJobs())
            {
                seen.Add(job.Id);
            }
        });

        Assert.Equal(new[] { "job-1" }, seen);
        Assert.Equal("AuthenticationFailed", error.ErrorCode);
    }
}
