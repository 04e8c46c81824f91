namespace AzBatchJobs.Emulator.Tests;

public sealed class AddCollectionTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public AddCollectionTests(EmulatorFixture fixture) => _fixture = fixture;

    private BatchHttp Http => _fixture.Http;

    [Fact]
    public async Task Results_per_task_success_and_clienterror()
    {
        string job = EmulatorFixture.NewId("coll");
        await Http.CreateJobAsync(job);
        await Http.CreateTaskAsync(job, "existing");
        var results = await Http.AddCollectionAsync(job,
        [
            BatchHttp.Task("new-1"),
            BatchHttp.Task("EXISTING"),
            BatchHttp.Task("bad id!"),
            new JsonObject { ["id"] = "no-command" },
            BatchHttp.Task("new-2"),
        ]);
        var byId = results.OfType<JsonObject>().ToDictionary(r => (string)r["taskId"]!);
        Assert.Equal(5, byId.Count);
        Assert.Equal("success", (string?)byId["new-1"]["status"]);
        Assert.NotNull(byId["new-1"]["eTag"]);
        Assert.EndsWith($"/jobs/{job}/tasks/new-1", (string?)byId["new-1"]["location"]);
        Assert.Equal("success", (string?)byId["new-2"]["status"]);
        Assert.Equal("clienterror", (string?)byId["EXISTING"]["status"]);
        Assert.Equal("TaskExists", (string?)byId["EXISTING"]["error"]!["code"]);
        Assert.Equal("clienterror", (string?)byId["bad id!"]["status"]);
        Assert.Equal("InvalidPropertyValue", (string?)byId["bad id!"]["error"]!["code"]);
        Assert.Equal("MissingRequiredProperty", (string?)byId["no-command"]["error"]!["code"]);

        var tasks = await Http.GetJsonAsync($"/jobs/{job}/tasks");
        Assert.Equal(["existing", "new-1", "new-2"], ((JsonArray)tasks["value"]!).Select(t => (string)t!["id"]!).Order());
    }

    [Fact]
    public async Task More_than_100_tasks_is_rejected_whole()
    {
        string job = EmulatorFixture.NewId("coll101");
        await Http.CreateJobAsync(job);
        using var response = await Http.PostAsync($"/jobs/{job}/addtaskcollection",
            new JsonObject { ["value"] = new JsonArray(Enumerable.Range(0, 101).Select(i => (JsonNode?)BatchHttp.Task($"t{i}")).ToArray()) });
        var error = await BatchHttp.ExpectErrorAsync(response, HttpStatusCode.BadRequest, "InvalidPropertyValue");
        Assert.Equal("value", BatchHttp.ErrorValue(error, "PropertyName"));
        var counts = await Http.GetJsonAsync($"/jobs/{job}/taskcounts");
        Assert.Equal(0, (int?)counts["taskCounts"]!["active"]);
    }

    [Fact]
    public async Task Exactly_100_tasks_are_added()
    {
        string job = EmulatorFixture.NewId("coll100");
        await Http.CreateJobAsync(job);
        var results = await Http.AddCollectionAsync(job, Enumerable.Range(0, 100).Select(i => BatchHttp.Task($"t{i}")));
        Assert.All(results, r => Assert.Equal("success", (string?)r!["status"]));
        var counts = await Http.GetJsonAsync($"/jobs/{job}/taskcounts");
        Assert.EndsWith("/$metadata#taskcountsresult/@Element", (string?)counts["odata.metadata"]);
        Assert.Equal(100, (int?)counts["taskCounts"]!["active"]);
        Assert.Equal(100, (int?)counts["taskSlotCounts"]!["active"]);
        Assert.Equal(0, (int?)counts["taskCounts"]!["running"]);
    }

    [Fact]
    public async Task Body_over_1_MB_is_413_RequestBodyTooLarge()
    {
        string job = EmulatorFixture.NewId("collbig");
        await Http.CreateJobAsync(job);
        string longCommand = new('x', 12_000);
        var tasks = Enumerable.Range(0, 90).Select(i => (JsonNode?)BatchHttp.Task($"t{i}", longCommand)).ToArray();
        using var response = await Http.PostAsync($"/jobs/{job}/addtaskcollection", new JsonObject { ["value"] = new JsonArray(tasks) });
        await BatchHttp.ExpectErrorAsync(response, (HttpStatusCode)413, "RequestBodyTooLarge");
        var counts = await Http.GetJsonAsync($"/jobs/{job}/taskcounts");
        Assert.Equal(0, (int?)counts["taskCounts"]!["active"]);
    }

    [Fact]
    public async Task Missing_value_is_400()
    {
        string job = EmulatorFixture.NewId("collnone");
        await Http.CreateJobAsync(job);
        using var response = await Http.PostAsync($"/jobs/{job}/addtaskcollection", new JsonObject());
        await BatchHttp.ExpectErrorAsync(response, HttpStatusCode.BadRequest, "MissingRequiredProperty");
    }

    [Fact]
    public async Task Task_fault_rate_answers_servererror_and_does_not_add_those_tasks()
    {
        await using var emulator = await BatchEmulator.StartAsync(new EmulatorOptions { Slots = 0, Port = 0, InMemory = true, TaskFaultRate = 0.5, Seed = 7 });
        using var http = new BatchHttp(emulator.Endpoint, emulator.AccountName, emulator.AccountKey);
        await http.CreateJobAsync("faulty");
        var results = await http.AddCollectionAsync("faulty", Enumerable.Range(0, 100).Select(i => BatchHttp.Task($"t{i}")));
        var failed = results.OfType<JsonObject>().Where(r => (string?)r["status"] == "servererror").Select(r => (string)r["taskId"]!).ToHashSet();
        var succeeded = results.OfType<JsonObject>().Where(r => (string?)r["status"] == "success").Select(r => (string)r["taskId"]!).ToHashSet();
        Assert.InRange(failed.Count, 25, 75);
        Assert.Equal(100, failed.Count + succeeded.Count);

        var listed = ((JsonArray)(await http.GetJsonAsync("/jobs/faulty/tasks"))["value"]!).Select(t => (string)t!["id"]!).ToHashSet();
        Assert.Equal(succeeded, listed);
        var counts = await http.GetJsonAsync("/jobs/faulty/taskcounts");
        Assert.Equal(succeeded.Count, (int?)counts["taskCounts"]!["active"]);
    }
}
