namespace AzBatchJobs.Emulator.Tests;

public sealed class FaultInjectionTests
{
    private static async Task<List<string>> OutcomesAsync(int seed, int requests)
    {
        await using var emulator = await BatchEmulator.StartAsync(new EmulatorOptions { Slots = 0, Port = 0, InMemory = true, FaultRate = 0.5, Seed = seed });
        using var http = new BatchHttp(emulator.Endpoint, emulator.AccountName, emulator.AccountKey);
        var outcomes = new List<string>();
        for (int i = 0; i < requests; i++)
        {
            outcomes.Add(await OutcomeAsync(() => http.PostAsync("/jobs", new JsonObject { ["id"] = $"job-{i}", ["poolInfo"] = new JsonObject { ["poolId"] = "p" } }, NewConnection)));
        }
        return outcomes;
    }

    // A fresh connection per request, so that HttpClient never retries a request on a closed pooled connection.
    private static void NewConnection(HttpRequestMessage request) => request.Headers.ConnectionClose = true;

    private static async Task<string> OutcomeAsync(Func<Task<HttpResponseMessage>> send)
    {
        try
        {
            using var response = await send();
            string retryAfter = response.Headers.RetryAfter is null ? "" : " retry-after";
            return ((int)response.StatusCode).ToString() + retryAfter;
        }
        catch (HttpRequestException)
        {
            return "closed";
        }
    }

    [Fact]
    public async Task Same_seed_gives_the_same_faults_and_every_kind_occurs()
    {
        var first = await OutcomesAsync(seed: 11, requests: 60);
        var second = await OutcomesAsync(seed: 11, requests: 60);
        Assert.Equal(first, second);
        Assert.Contains("201", first);
        Assert.Contains("500", first);
        Assert.Contains("503 retry-after", first);
        Assert.Contains("429 retry-after", first);
        Assert.Contains("closed", first);
        Assert.InRange(first.Count(o => o != "201"), 15, 45);
    }

    [Fact]
    public async Task Closed_after_commit_leaves_the_write_done_and_closed_before_leaves_it_undone()
    {
        await using var emulator = await BatchEmulator.StartAsync(new EmulatorOptions { Slots = 0, Port = 0, InMemory = true, FaultRate = 0.5, Seed = 3 });
        using var faulty = new BatchHttp(emulator.Endpoint, emulator.AccountName, emulator.AccountKey);
        var closedIds = new List<string>();
        var succeededIds = new List<string>();
        for (int i = 0; i < 80; i++)
        {
            string id = $"job-{i}";
            string outcome = await OutcomeAsync(() => faulty.PostAsync("/jobs", new JsonObject { ["id"] = id, ["poolInfo"] = new JsonObject { ["poolId"] = "p" } }, NewConnection));
            (outcome == "closed" ? closedIds : outcome == "201" ? succeededIds : new List<string>()).Add(id);
        }
        var store = emulator.Store;
        var existing = store.ListJobs("", 1000).Select(j => j.Id).ToHashSet();
        Assert.All(succeededIds, id => Assert.Contains(id, existing));
        int committedButClosed = closedIds.Count(existing.Contains);
        int closedBefore = closedIds.Count - committedButClosed;
        Assert.True(committedButClosed > 0, "no connection was closed after the write was committed");
        Assert.True(closedBefore > 0, "no connection was closed before the request was processed");
    }

    [Fact]
    public async Task Without_fault_rate_nothing_fails()
    {
        await using var emulator = await BatchEmulator.StartAsync(new EmulatorOptions { Slots = 0, Port = 0, InMemory = true });
        using var http = new BatchHttp(emulator.Endpoint, emulator.AccountName, emulator.AccountKey);
        for (int i = 0; i < 30; i++)
        {
            using var response = await http.GetAsync("/jobs");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
