namespace AzBatchJobs.Emulator.Tests;

public sealed class ODataQueryTests : IClassFixture<EmulatorFixture>, IAsyncLifetime
{
    private readonly EmulatorFixture _fixture;
    private readonly string _job = EmulatorFixture.NewId("odata");

    public ODataQueryTests(EmulatorFixture fixture) => _fixture = fixture;

    private BatchHttp Http => _fixture.Http;

    public async Task InitializeAsync()
    {
        await Http.CreateJobAsync(_job);
        await Http.AddCollectionAsync(_job, Enumerable.Range(0, 6).Select(i => BatchHttp.Task($"task-{i}", $"echo {i}")));
        await Http.CreateTaskAsync(_job, "other-1");
        var store = _fixture.Emulator.Store;
        JobStateTests.RunTask(store, _job, "task-0");
        store.CompleteTask(_job, "task-0", exitCode: 0, succeeded: true);
        JobStateTests.RunTask(store, _job, "task-1");
        store.CompleteTask(_job, "task-1", exitCode: 3, succeeded: false);
        JobStateTests.RunTask(store, _job, "task-2");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<List<string>> TaskIdsAsync(string filter)
    {
        var page = await Http.GetJsonAsync($"/jobs/{_job}/tasks?$filter=" + Uri.EscapeDataString(filter));
        return ((JsonArray)page["value"]!).Select(t => (string)t!["id"]!).Order().ToList();
    }

    [Theory]
    [InlineData("state eq 'active'", "other-1,task-3,task-4,task-5")]
    [InlineData("state eq 'running'", "task-2")]
    [InlineData("state ne 'active'", "task-0,task-1,task-2")]
    [InlineData("state eq 'completed' and executionInfo/result eq 'failure'", "task-1")]
    [InlineData("executionInfo/exitCode eq 0", "task-0")]
    [InlineData("executionInfo/exitCode gt 0", "task-1")]
    [InlineData("executionInfo/exitCode ge 0 and executionInfo/exitCode le 3", "task-0,task-1")]
    [InlineData("executionInfo/exitCode lt 3", "task-0")]
    [InlineData("id eq 'TASK-3' or id eq 'task-4'", "task-3,task-4")]
    [InlineData("not startswith(id, 'task')", "other-1")]
    [InlineData("startswith(id,'other') or (state eq 'running')", "other-1,task-2")]
    [InlineData("executionInfo/result eq 'success'", "task-0")]
    [InlineData("requiredSlots eq 1 and commandLine eq 'echo 5'", "task-5")]
    public async Task Task_filters(string filter, string expected)
    {
        Assert.Equal(expected.Split(','), await TaskIdsAsync(filter));
    }

    [Fact]
    public async Task Filters_on_times()
    {
        var all = await TaskIdsAsync("creationTime gt 2000-01-01T00:00:00Z");
        Assert.Equal(7, all.Count);
        Assert.Empty(await TaskIdsAsync("creationTime gt datetime'2999-01-01T00:00:00Z'"));
        var task = await Http.GetJsonAsync($"/jobs/{_job}/tasks/task-2");
        string transition = (string)task["stateTransitionTime"]!;
        Assert.Contains("task-2", await TaskIdsAsync($"stateTransitionTime ge {transition}"));
    }

    [Fact]
    public async Task Job_filters_on_id_state_and_priority()
    {
        string high = EmulatorFixture.NewId("prio-high");
        await Http.CreateJobAsync(high, new JsonObject { ["priority"] = 900 });
        var page = await Http.GetJsonAsync("/jobs?$filter=" + Uri.EscapeDataString("priority gt 800 and state eq 'active'"));
        Assert.Equal([high], ((JsonArray)page["value"]!).Select(j => (string)j!["id"]!));
    }

    [Theory]
    [InlineData("color eq 'red'")]
    [InlineData("state eq")]
    [InlineData("state like 'a%'")]
    [InlineData("state eq 'active' and")]
    [InlineData("(state eq 'active'")]
    [InlineData("priority eq 'high'")]
    [InlineData("executionInfo/exitCode eq 'zero'")]
    [InlineData("substringof('a', id)")]
    [InlineData("state eq 'active' xor id eq 'a'")]
    [InlineData("id eq 'unterminated")]
    public async Task Filter_not_understood_is_400_InvalidQueryParameterValue(string filter)
    {
        using var response = await Http.GetAsync($"/jobs/{_job}/tasks?$filter=" + Uri.EscapeDataString(filter));
        var error = await BatchHttp.ExpectErrorAsync(response, HttpStatusCode.BadRequest, "InvalidQueryParameterValue");
        Assert.Equal("$filter", BatchHttp.ErrorValue(error, "QueryParameterName"));
        Assert.Equal(filter, BatchHttp.ErrorValue(error, "QueryParameterValue"));
    }

    [Fact]
    public async Task Select_keeps_only_the_named_properties()
    {
        var task = await Http.GetJsonAsync($"/jobs/{_job}/tasks/task-3?$select=id,state");
        Assert.Equal(["odata.metadata", "id", "state"], task.Select(p => p.Key));
        var list = await Http.GetJsonAsync($"/jobs/{_job}/tasks?$select=id");
        Assert.All((JsonArray)list["value"]!, t => Assert.Equal(["id"], t!.AsObject().Select(p => p.Key)));
    }

    [Fact]
    public async Task Expand_stats_adds_stats_and_other_expansions_are_400()
    {
        var job = await Http.GetJsonAsync($"/jobs/{_job}?$expand=stats");
        Assert.Equal(1, (int?)job["stats"]!["numSucceededTasks"]);
        Assert.Equal(1, (int?)job["stats"]!["numFailedTasks"]);
        Assert.Null((await Http.GetJsonAsync($"/jobs/{_job}"))["stats"]);
        using var response = await Http.GetAsync($"/jobs/{_job}?$expand=everything");
        var error = await BatchHttp.ExpectErrorAsync(response, HttpStatusCode.BadRequest, "InvalidQueryParameterValue");
        Assert.Equal("$expand", BatchHttp.ErrorValue(error, "QueryParameterName"));
    }

    [Fact]
    public async Task Task_counts_are_consistent_with_the_task_list()
    {
        var counts = (await Http.GetJsonAsync($"/jobs/{_job}/taskcounts"))["taskCounts"]!;
        Assert.Equal((await TaskIdsAsync("state eq 'active'")).Count, (int?)counts["active"]);
        Assert.Equal((await TaskIdsAsync("state eq 'running' or state eq 'preparing'")).Count, (int?)counts["running"]);
        Assert.Equal((await TaskIdsAsync("state eq 'completed'")).Count, (int?)counts["completed"]);
        Assert.Equal((await TaskIdsAsync("executionInfo/result eq 'success'")).Count, (int?)counts["succeeded"]);
        Assert.Equal((await TaskIdsAsync("executionInfo/result eq 'failure'")).Count, (int?)counts["failed"]);
        Assert.Equal(4, (int?)counts["active"]);
        Assert.Equal(1, (int?)counts["running"]);
        Assert.Equal(2, (int?)counts["completed"]);
    }
}
