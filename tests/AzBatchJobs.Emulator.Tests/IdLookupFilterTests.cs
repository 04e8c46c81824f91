using AzBatchJobs.Emulator.OData;

namespace AzBatchJobs.Emulator.Tests;

/// <summary>A task listing whose $filter only names ids reads those tasks by key instead of scanning the job.</summary>
public sealed class IdLookupFilterTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public IdLookupFilterTests(EmulatorFixture fixture) => _fixture = fixture;

    [Theory]
    [InlineData("id eq 'a'", "a")]
    [InlineData("id eq 'a' or id eq 'B-2'  or  id eq 'c_3'", "a,B-2,c_3")]
    public void A_disjunction_of_id_equalities_is_recognised(string filter, string ids) =>
        Assert.Equal(ids.Split(','), IdLookupFilter.Ids(filter));

    [Theory]
    [InlineData("")]
    [InlineData("id eq 'a' and state eq 'active'")]
    [InlineData("id ne 'a'")]
    [InlineData("id eq 'a' or")]
    [InlineData("(id eq 'a')")]
    [InlineData("id eq 'a' or state eq 'active'")]
    [InlineData("displayName eq 'a'")]
    [InlineData("id eq 'unterminated")]
    public void Anything_else_is_not(string filter) => Assert.Null(IdLookupFilter.Ids(filter));

    [Fact]
    public async Task Listing_by_ids_finds_them_case_insensitively_skips_missing_ones_and_pages()
    {
        var job = EmulatorFixture.NewId("byid");
        await _fixture.Http.CreateJobAsync(job);
        await _fixture.Http.AddCollectionAsync(job, Enumerable.Range(0, 8).Select(i => BatchHttp.Task($"t-{i}", $"echo {i}")));
        string filter = "id eq 'T-6' or id eq 't-1' or id eq 'missing' or id eq 't-3' or id eq 't-1' or id eq 't-7'";

        var first = await _fixture.Http.GetJsonAsync($"/jobs/{job}/tasks?maxresults=2&$select=id&$filter=" + Uri.EscapeDataString(filter));
        var second = await _fixture.Http.GetJsonAsync(new Uri((string)first["odata.nextLink"]!).PathAndQuery);

        var ids = ((JsonArray)first["value"]!).Concat((JsonArray)second["value"]!).Select(t => (string)t!["id"]!).ToList();
        Assert.Equal(new[] { "t-1", "t-3", "t-6", "t-7" }, ids);
        Assert.All(((JsonArray)first["value"]!).Select(t => (JsonObject)t!), t => Assert.Single(t));
    }
}
