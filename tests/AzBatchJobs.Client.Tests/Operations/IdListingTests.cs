using AzBatchJobs.Client.Tests.Infrastructure;

namespace AzBatchJobs.Client.Tests.Operations;

/// <summary>The ids tab completion asks for: one bounded request, the first page only.</summary>
public sealed class IdListingTests
{
    private const string Page = """
        {"value":[{"id":"nightly-1"},{"id":"nightly-2"}],"odata.nextLink":"https://testaccount.westeurope.batch.azure.com/jobs?api-version=2025-06-01&$skiptoken=x"}
        """;

    [Fact]
    public async Task Job_ids_come_from_one_request_that_selects_only_ids_starting_with_the_prefix()
    {
        var transport = CapturingTransport.Responding(TestResponse.Json(200, Page));

        var ids = await TestClients.SharedKey(transport).GetJobIdsAsync("nightly-", 50);

        Assert.Equal(new[] { "nightly-1", "nightly-2" }, ids);
        var request = transport.Single;
        Assert.Equal("/jobs", request.Path);
        Assert.Equal("id", request.Query["$select"]);
        Assert.Equal("startswith(id,'nightly-')", request.Query["$filter"]);
        Assert.Equal("50", request.Query["maxresults"]);
    }

    [Fact]
    public async Task Task_ids_of_a_job_without_a_prefix_are_not_filtered()
    {
        var transport = CapturingTransport.Responding(TestResponse.Json(200, Page));

        var ids = await TestClients.SharedKey(transport).GetTaskIdsAsync("job-1", "", 2);

        Assert.Equal(2, ids.Count);
        Assert.Equal("/jobs/job-1/tasks", transport.Single.Path);
        Assert.False(transport.Single.Query.ContainsKey("$filter"));
    }

    [Theory]
    [InlineData("a'b")]
    [InlineData("a b")]
    public async Task A_prefix_no_id_can_start_with_sends_nothing(string prefix)
    {
        var transport = CapturingTransport.Responding(TestResponse.Json(200, Page));

        Assert.Empty(await TestClients.SharedKey(transport).GetJobIdsAsync(prefix, 10));
        Assert.Empty(transport.Requests);
    }
}
