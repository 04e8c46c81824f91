namespace AzBatchJobs.Emulator.Tests;

public sealed class TaskTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public TaskTests(EmulatorFixture fixture) => _fixture = fixture;

    private BatchHttp Http => _fixture.Http;

    private async Task<string> NewJobAsync(JsonObject? extra = null)
    {
        string id = EmulatorFixture.NewId("tj");
        await Http.CreateJobAsync(id, extra);
        return id;
    }

    [Fact]
    public async Task Create_is_201_with_headers_and_get_returns_the_task_with_defaults()
    {
        string job = await NewJobAsync(new JsonObject { ["constraints"] = new JsonObject { ["maxTaskRetryCount"] = 3 } });
        var body = BatchHttp.Task("Task-A", "cmd /c echo a");
        body["environmentSettings"] = new JsonArray(new JsonObject { ["name"] = "X", ["value"] = "1" });
        using var create = await Http.PostAsync($"/jobs/{job}/tasks", body);
        await BatchHttp.ExpectStatusAsync(create, HttpStatusCode.Created);
        string url = new Uri(_fixture.Emulator.Endpoint, $"/jobs/{job}/tasks/Task-A").ToString();
        Assert.Equal(url, create.Headers.Location!.ToString());
        Assert.Equal(url, create.Headers.GetValues("DataServiceId").Single());
        Assert.StartsWith("0x", BatchHttp.ETagOf(create));

        var task = await Http.GetJsonAsync($"/jobs/{job}/tasks/task-a");
        Assert.EndsWith("/$metadata#tasks/@Element", (string?)task["odata.metadata"]);
        Assert.Equal("Task-A", (string?)task["id"]);
        Assert.Equal(url, (string?)task["url"]);
        Assert.Equal("active", (string?)task["state"]);
        Assert.Equal("cmd /c echo a", (string?)task["commandLine"]);
        Assert.Equal(1, (int?)task["requiredSlots"]);
        Assert.Equal(3, (int?)task["constraints"]!["maxTaskRetryCount"]);
        Assert.Equal("X", (string?)task["environmentSettings"]![0]!["name"]);
        Assert.Equal(BatchHttp.ETagOf(create), (string?)task["eTag"]);
    }

    [Fact]
    public async Task Duplicate_task_in_another_case_is_409_TaskExists()
    {
        string job = await NewJobAsync();
        await Http.CreateTaskAsync(job, "dup");
        using var response = await Http.PostAsync($"/jobs/{job}/tasks", BatchHttp.Task("DUP"));
        await BatchHttp.ExpectErrorAsync(response, HttpStatusCode.Conflict, "TaskExists");
    }

    [Fact]
    public async Task Missing_command_line_is_400_naming_it()
    {
        string job = await NewJobAsync();
        using var response = await Http.PostAsync($"/jobs/{job}/tasks", new JsonObject { ["id"] = "t" });
        var error = await BatchHttp.ExpectErrorAsync(response, HttpStatusCode.BadRequest, "MissingRequiredProperty");
        Assert.Equal("commandLine", BatchHttp.ErrorValue(error, "PropertyName"));
    }

    [Fact]
    public async Task Task_in_missing_job_is_JobNotFound_and_missing_task_is_TaskNotFound()
    {
        using var noJob = await Http.PostAsync("/jobs/nosuchjob/tasks", BatchHttp.Task("t"));
        await BatchHttp.ExpectErrorAsync(noJob, HttpStatusCode.NotFound, "JobNotFound");
        string job = await NewJobAsync();
        using var noTask = await Http.GetAsync($"/jobs/{job}/tasks/nosuchtask");
        await BatchHttp.ExpectErrorAsync(noTask, HttpStatusCode.NotFound, "TaskNotFound");
    }

    [Fact]
    public async Task DependsOn_needs_usesTaskDependencies_on_the_job()
    {
        string plain = await NewJobAsync();
        var dependent = BatchHttp.Task("b");
        dependent["dependsOn"] = new JsonObject { ["taskIds"] = new JsonArray("a") };
        using var refused = await Http.PostAsync($"/jobs/{plain}/tasks", dependent);
        await BatchHttp.ExpectErrorAsync(refused, HttpStatusCode.Conflict, "TaskDependenciesNotSpecifiedOnJob");

        string withDependencies = await NewJobAsync(new JsonObject { ["usesTaskDependencies"] = true });
        using var accepted = await Http.PostAsync($"/jobs/{withDependencies}/tasks", dependent);
        await BatchHttp.ExpectStatusAsync(accepted, HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("""{"taskIdRanges":[{"start":9,"end":3}]}""", "dependsOn.taskIdRanges[0]")]
    [InlineData("""{"taskIdRanges":[{"start":1}]}""", "dependsOn.taskIdRanges[0].end")]
    [InlineData("""{"taskIds":["ok", 7]}""", "dependsOn.taskIds[1]")]
    [InlineData("""{"taskIds":["has space"]}""", "dependsOn.taskIds[0]")]
    public async Task Malformed_dependsOn_is_400_naming_the_property(string dependsOn, string property)
    {
        string job = await NewJobAsync(new JsonObject { ["usesTaskDependencies"] = true });
        var task = BatchHttp.Task("dep");
        task["dependsOn"] = JsonNode.Parse(dependsOn);
        using var refused = await Http.PostAsync($"/jobs/{job}/tasks", task);
        var error = await BatchHttp.ExpectErrorAsync(refused, HttpStatusCode.BadRequest,
            property.EndsWith(".end", StringComparison.Ordinal) ? "MissingRequiredProperty" : "InvalidPropertyValue");
        Assert.Equal(property, BatchHttp.ErrorValue(error, "PropertyName"));
        using var absent = await Http.GetAsync($"/jobs/{job}/tasks/dep");
        Assert.Equal(HttpStatusCode.NotFound, absent.StatusCode);
    }

    [Theory]
    [InlineData("""{"default":{"jobAction":"explode"}}""", "exitConditions.default.jobAction")]
    [InlineData("""{"exitCodes":[{"code":3,"exitOptions":{"dependencyAction":"maybe"}}]}""", "exitConditions.exitCodes[0].exitOptions.dependencyAction")]
    [InlineData("""{"exitCodeRanges":[{"start":5,"end":1,"exitOptions":{}}]}""", "exitConditions.exitCodeRanges[0]")]
    [InlineData("""{"exitCodes":[{"code":"three","exitOptions":{}}]}""", "exitConditions.exitCodes[0].code")]
    public async Task Malformed_exitConditions_is_400_naming_the_property(string exitConditions, string property)
    {
        string job = await NewJobAsync();
        var task = BatchHttp.Task("exits");
        task["exitConditions"] = JsonNode.Parse(exitConditions);
        using var refused = await Http.PostAsync($"/jobs/{job}/tasks", task);
        var error = await BatchHttp.ExpectErrorAsync(refused, HttpStatusCode.BadRequest, "InvalidPropertyValue");
        Assert.Equal(property, BatchHttp.ErrorValue(error, "PropertyName"));
    }

    [Fact]
    public async Task Well_formed_dependsOn_and_exitConditions_are_accepted()
    {
        string job = await NewJobAsync(new JsonObject { ["usesTaskDependencies"] = true, ["onTaskFailure"] = "performexitoptionsjobaction" });
        var task = BatchHttp.Task("fine");
        task["dependsOn"] = JsonNode.Parse("""{"taskIds":["a"],"taskIdRanges":[{"start":1,"end":1}]}""");
        task["exitConditions"] = JsonNode.Parse("""{"exitCodes":[{"code":3,"exitOptions":{"jobAction":"terminate","dependencyAction":"block"}}],"exitCodeRanges":[{"start":4,"end":9,"exitOptions":{"jobAction":"none"}}],"default":{"jobAction":"disable"}}""");
        using var accepted = await Http.PostAsync($"/jobs/{job}/tasks", task);
        await BatchHttp.ExpectStatusAsync(accepted, HttpStatusCode.Created);
    }

    [Fact]
    public async Task Update_replaces_constraints_and_changes_the_etag()
    {
        string job = await NewJobAsync();
        await Http.CreateTaskAsync(job, "u");
        var before = await Http.GetJsonAsync($"/jobs/{job}/tasks/u");
        using var update = await Http.SendAsync(HttpMethod.Put, $"/jobs/{job}/tasks/u",
            new JsonObject { ["constraints"] = new JsonObject { ["maxTaskRetryCount"] = 5, ["maxWallClockTime"] = "PT1H" } });
        await BatchHttp.ExpectStatusAsync(update, HttpStatusCode.OK);
        var after = await Http.GetJsonAsync($"/jobs/{job}/tasks/u");
        Assert.Equal(5, (int?)after["constraints"]!["maxTaskRetryCount"]);
        Assert.Equal("PT1H", (string?)after["constraints"]!["maxWallClockTime"]);
        Assert.NotEqual((string?)before["eTag"], (string?)after["eTag"]);
    }

    [Fact]
    public async Task Bad_duration_is_400_naming_the_property()
    {
        string job = await NewJobAsync();
        var body = BatchHttp.Task("d");
        body["constraints"] = new JsonObject { ["maxWallClockTime"] = "one hour" };
        using var response = await Http.PostAsync($"/jobs/{job}/tasks", body);
        var error = await BatchHttp.ExpectErrorAsync(response, HttpStatusCode.BadRequest, "InvalidPropertyValue");
        Assert.Equal("constraints.maxWallClockTime", BatchHttp.ErrorValue(error, "PropertyName"));
    }

    [Fact]
    public async Task Terminate_is_204_completes_with_failure_and_a_second_terminate_is_TaskCompleted()
    {
        string job = await NewJobAsync();
        await Http.CreateTaskAsync(job, "t");
        using (var terminate = await Http.PostAsync($"/jobs/{job}/tasks/t/terminate"))
        {
            await BatchHttp.ExpectStatusAsync(terminate, HttpStatusCode.NoContent);
            Assert.StartsWith("0x", BatchHttp.ETagOf(terminate));
        }
        var task = await Http.GetJsonAsync($"/jobs/{job}/tasks/t");
        Assert.Equal("completed", (string?)task["state"]);
        Assert.Equal("active", (string?)task["previousState"]);
        Assert.Equal("failure", (string?)task["executionInfo"]!["result"]);
        using var again = await Http.PostAsync($"/jobs/{job}/tasks/t/terminate");
        await BatchHttp.ExpectErrorAsync(again, HttpStatusCode.Conflict, "TaskCompleted");
    }

    [Fact]
    public async Task Reactivate_only_a_failed_completed_task()
    {
        string job = await NewJobAsync();
        await Http.CreateTaskAsync(job, "r");
        using (var notCompleted = await Http.PostAsync($"/jobs/{job}/tasks/r/reactivate"))
        {
            await BatchHttp.ExpectErrorAsync(notCompleted, HttpStatusCode.Conflict, "TaskNotCompleted");
        }
        using (var terminate = await Http.PostAsync($"/jobs/{job}/tasks/r/terminate"))
        {
            await BatchHttp.ExpectStatusAsync(terminate, HttpStatusCode.NoContent);
        }
        using (var reactivate = await Http.PostAsync($"/jobs/{job}/tasks/r/reactivate"))
        {
            await BatchHttp.ExpectStatusAsync(reactivate, HttpStatusCode.NoContent);
        }
        var task = await Http.GetJsonAsync($"/jobs/{job}/tasks/r");
        Assert.Equal("active", (string?)task["state"]);
        Assert.Equal("completed", (string?)task["previousState"]);
        Assert.Null(task["executionInfo"]!["result"]);

        await Http.CreateTaskAsync(job, "ok");
        JobStateTests.RunTask(_fixture.Emulator.Store, job, "ok");
        Assert.True(_fixture.Emulator.Store.CompleteTask(job, "ok", exitCode: 0, succeeded: true));
        using var succeeded = await Http.PostAsync($"/jobs/{job}/tasks/ok/reactivate");
        await BatchHttp.ExpectErrorAsync(succeeded, HttpStatusCode.Conflict, "TaskCompletedSuccessfully");
    }

    [Fact]
    public async Task Reactivate_is_refused_once_the_job_completed()
    {
        string job = await NewJobAsync();
        await Http.CreateTaskAsync(job, "r");
        using (var terminate = await Http.PostAsync($"/jobs/{job}/tasks/r/terminate")) { }
        using (var terminateJob = await Http.PostAsync($"/jobs/{job}/terminate")) { }
        using var reactivate = await Http.PostAsync($"/jobs/{job}/tasks/r/reactivate");
        await BatchHttp.ExpectErrorAsync(reactivate, HttpStatusCode.Conflict, "JobCompleted");
    }

    [Fact]
    public async Task Delete_is_200_and_the_task_is_gone()
    {
        string job = await NewJobAsync();
        await Http.CreateTaskAsync(job, "gone");
        using (var delete = await Http.SendAsync(HttpMethod.Delete, $"/jobs/{job}/tasks/gone"))
        {
            await BatchHttp.ExpectStatusAsync(delete, HttpStatusCode.OK);
        }
        using var get = await Http.GetAsync($"/jobs/{job}/tasks/gone");
        await BatchHttp.ExpectErrorAsync(get, HttpStatusCode.NotFound, "TaskNotFound");
    }

    [Fact]
    public async Task Subtasks_of_a_plain_task_are_an_empty_list()
    {
        string job = await NewJobAsync();
        await Http.CreateTaskAsync(job, "s");
        var subtasks = await Http.GetJsonAsync($"/jobs/{job}/tasks/s/subtasksinfo");
        Assert.Empty((JsonArray)subtasks["value"]!);
    }

    [Fact]
    public async Task List_pages_tasks()
    {
        string job = await NewJobAsync();
        await Http.AddCollectionAsync(job, Enumerable.Range(0, 7).Select(i => BatchHttp.Task($"t{i}")));
        var ids = new List<string>();
        string? next = $"/jobs/{job}/tasks?maxresults=3";
        bool first = true;
        while (next is not null)
        {
            using var response = await Http.SendAsync(HttpMethod.Get, next, addVersion: first);
            first = false;
            var page = await BatchHttp.ExpectJsonAsync(response, HttpStatusCode.OK);
            Assert.EndsWith("/$metadata#tasks", (string?)page["odata.metadata"]);
            ids.AddRange(((JsonArray)page["value"]!).Select(t => (string)t!["id"]!));
            next = (string?)page["odata.nextLink"];
        }
        Assert.Equal(Enumerable.Range(0, 7).Select(i => $"t{i}"), ids);
    }
}
