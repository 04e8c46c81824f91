namespace AzBatchJobs.Emulator.Tests;

public sealed class DurabilityTests
{
    [Fact]
    public async Task State_survives_a_restart_on_the_same_data_directory()
    {
        using var data = new TempDirectory();
        var options = new EmulatorOptions { Slots = 0, Port = 0, DataDirectory = data.Path };
        string etag;
        await using (var first = await BatchEmulator.StartAsync(options))
        {
            using var http = new BatchHttp(first.Endpoint, first.AccountName, first.AccountKey);
            await http.CreateJobAsync("Persisted", new JsonObject { ["priority"] = 42 });
            await http.AddCollectionAsync("Persisted", Enumerable.Range(0, 10).Select(i => BatchHttp.Task($"t{i}")));
            using (var terminate = await http.PostAsync("/jobs/Persisted/tasks/t0/terminate")) { }
            etag = (string)(await http.GetJsonAsync("/jobs/Persisted"))["eTag"]!;
        }
        await using var second = await BatchEmulator.StartAsync(options);
        using var again = new BatchHttp(second.Endpoint, second.AccountName, second.AccountKey);
        var job = await again.GetJsonAsync("/jobs/persisted");
        Assert.Equal("Persisted", (string?)job["id"]);
        Assert.Equal(42, (int?)job["priority"]);
        Assert.Equal(etag, (string?)job["eTag"]);
        var counts = (await again.GetJsonAsync("/jobs/Persisted/taskcounts"))["taskCounts"]!;
        Assert.Equal(9, (int?)counts["active"]);
        Assert.Equal(1, (int?)counts["failed"]);
        Assert.Equal("completed", (string?)(await again.GetJsonAsync("/jobs/Persisted/tasks/t0"))["state"]);
    }

    [Fact]
    public async Task Kill_9_loses_no_acknowledged_write()
    {
        using var data = new TempDirectory();
        var acknowledged = new System.Collections.Concurrent.ConcurrentBag<string>();
        using (var process = await EmulatorProcess.StartAsync(data.Path))
        {
            using var http = new BatchHttp(process.Endpoint, EmulatorOptions.WellKnownAccountName, process.AccessKey);
            await http.CreateJobAsync("crash");
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, 4).Select(writer => Task.Run(async () =>
            {
                for (int batch = 0; !stop.IsCancellationRequested; batch++)
                {
                    var ids = Enumerable.Range(0, 20).Select(i => $"w{writer}-b{batch}-t{i}").ToList();
                    try
                    {
                        using var response = await http.PostAsync("/jobs/crash/addtaskcollection",
                            new JsonObject { ["value"] = new JsonArray(ids.Select(id => (JsonNode?)BatchHttp.Task(id)).ToArray()) });
                        if (response.StatusCode != HttpStatusCode.OK)
                        {
                            return;
                        }
                        var results = (JsonArray)(await BatchHttp.ReadJsonAsync(response))["value"]!;
                        foreach (var result in results.OfType<JsonObject>().Where(r => (string?)r["status"] == "success"))
                        {
                            acknowledged.Add((string)result["taskId"]!);
                        }
                    }
                    catch (Exception error) when (error is HttpRequestException or IOException or TaskCanceledException)
                    {
                        return;
                    }
                }
            })).ToList();

            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (acknowledged.Count < 400 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }
            process.Kill();
            stop.Cancel();
            await Task.WhenAll(writers);
        }
        Assert.True(acknowledged.Count >= 400, $"only {acknowledged.Count} writes were acknowledged before the kill");

        using var restarted = await EmulatorProcess.StartAsync(data.Path);
        using var check = new BatchHttp(restarted.Endpoint, EmulatorOptions.WellKnownAccountName, restarted.AccessKey);
        var stored = (await check.ListAllAsync("/jobs/crash/tasks?$select=id")).Select(t => (string)t["id"]!).ToHashSet();
        var lost = acknowledged.Where(id => !stored.Contains(id)).ToList();
        Assert.True(lost.Count == 0, $"{lost.Count} acknowledged tasks were lost, e.g. {string.Join(", ", lost.Take(5))}");
        var counts = (await check.GetJsonAsync("/jobs/crash/taskcounts"))["taskCounts"]!;
        Assert.Equal(stored.Count, (int?)counts["active"]);
        restarted.Kill();
    }
}
