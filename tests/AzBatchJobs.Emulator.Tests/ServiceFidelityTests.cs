using AzBatchJobs.Emulator.Node;

namespace AzBatchJobs.Emulator.Tests;

/// <summary>Answers as the service gives them: durations, defaults, node URLs, $select, $filter values, ids, and the rules tied to a job's state.</summary>
public sealed class ServiceFidelityTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public ServiceFidelityTests(EmulatorFixture fixture) => _fixture = fixture;

    private BatchHttp Http => _fixture.Http;

    private async Task<string> NewJobAsync(string prefix, JsonObject? extra = null)
    {
        string id = EmulatorFixture.NewId(prefix);
        await Http.CreateJobAsync(id, extra);
        return id;
    }

    [Fact]
    public async Task Durations_come_back_in_days_and_a_negative_one_is_refused()
    {
        string job = await NewJobAsync("dur", new JsonObject { ["constraints"] = new JsonObject { ["maxWallClockTime"] = "P3Y6M4DT12H30M5S" } });
        Assert.Equal("P1279DT12H30M5S", (string?)(await Http.GetJsonAsync($"/jobs/{job}"))["constraints"]!["maxWallClockTime"]);
        await Http.CreateTaskAsync(job, "t", new JsonObject { ["constraints"] = new JsonObject { ["retentionTime"] = "PT90M" } });
        Assert.Equal("PT1H30M", (string?)(await Http.GetJsonAsync($"/jobs/{job}/tasks/t"))["constraints"]!["retentionTime"]);

        using var negative = await Http.PostAsync($"/jobs/{job}/tasks", new JsonObject
        {
            ["id"] = "negative", ["commandLine"] = "x", ["constraints"] = new JsonObject { ["maxWallClockTime"] = "-PT1H" },
        });
        var error = await BatchHttp.ExpectErrorAsync(negative, HttpStatusCode.BadRequest, "InvalidPropertyValue");
        Assert.Equal("constraints.maxWallClockTime", BatchHttp.ErrorValue(error, "PropertyName"));
    }

    [Fact]
    public async Task The_spec_defaults_come_back_for_jobs_and_tasks()
    {
        string job = await NewJobAsync("defaults", new JsonObject
        {
            ["jobManagerTask"] = new JsonObject { ["id"] = "manager", ["commandLine"] = "x" },
            ["jobPreparationTask"] = new JsonObject { ["commandLine"] = "x" },
            ["jobReleaseTask"] = new JsonObject { ["commandLine"] = "x" },
        });
        await Http.CreateTaskAsync(job, "plain");
        var autoUser = JsonNode.Parse("""{"autoUser":{"scope":"pool","elevationLevel":"nonadmin"}}""");
        var taskConstraints = JsonNode.Parse("""{"maxWallClockTime":"P10675199DT2H48M5.4775807S","retentionTime":"P7D","maxTaskRetryCount":0}""");

        JsonObject task = await Http.GetJsonAsync($"/jobs/{job}/tasks/plain");
        Assert.True(JsonNode.DeepEquals(autoUser, task["userIdentity"]), task.ToJsonString());
        Assert.True(JsonNode.DeepEquals(taskConstraints, task["constraints"]), task.ToJsonString());
        Assert.Equal(1, (int?)task["requiredSlots"]);

        JsonObject read = await Http.GetJsonAsync($"/jobs/{job}");
        var manager = read["jobManagerTask"]!;
        Assert.True(JsonNode.DeepEquals(taskConstraints, manager["constraints"]), manager.ToJsonString());
        Assert.True(JsonNode.DeepEquals(autoUser, manager["userIdentity"]), manager.ToJsonString());
        Assert.Equal([1, 1, 1, 1], new[] { (int?)manager["requiredSlots"], Flag(manager["runExclusive"]), Flag(manager["killJobOnCompletion"]), Flag(manager["allowLowPriorityNode"]) });
        var preparation = read["jobPreparationTask"]!;
        Assert.Equal("jobpreparation", (string?)preparation["id"]);
        Assert.Equal([1, 1], new[] { Flag(preparation["waitForSuccess"]), Flag(preparation["rerunOnNodeRebootAfterSuccess"]) });
        var release = read["jobReleaseTask"]!;
        Assert.Equal("jobrelease PT15M P7D", $"{release["id"]} {release["maxWallClockTime"]} {release["retentionTime"]}");
        Assert.Equal("noaction noaction", $"{read["onAllTasksComplete"]} {read["onTaskFailure"]}");
        Assert.False((bool)read["usesTaskDependencies"]!);

        static int? Flag(JsonNode? value) => (bool?)value switch { true => 1, false => 0, null => null };
    }

    [Fact]
    public async Task Secrets_are_stored_but_never_answered()
    {
        var registry = new JsonObject { ["username"] = "me", ["password"] = "s3cret-value" };
        var container = new JsonObject { ["imageName"] = "ubuntu", ["registry"] = registry };
        string job = await NewJobAsync("secrets", new JsonObject
        {
            ["jobManagerTask"] = new JsonObject { ["id"] = "manager", ["commandLine"] = "x", ["containerSettings"] = container.DeepClone() },
        });
        await Http.CreateTaskAsync(job, "boxed", new JsonObject { ["containerSettings"] = container.DeepClone() });

        string answers = (await Http.GetJsonAsync($"/jobs/{job}")).ToJsonString() + (await Http.GetJsonAsync($"/jobs/{job}/tasks")).ToJsonString();
        Assert.DoesNotContain("s3cret-value", answers);
        Assert.Equal("me", (string?)(await Http.GetJsonAsync($"/jobs/{job}/tasks/boxed"))["containerSettings"]!["registry"]!["username"]);
        Assert.Equal("s3cret-value", (string?)_fixture.Emulator.Store.GetTask(job, "boxed").Doc["containerSettings"]!["registry"]!["password"]);
    }

    [Fact]
    public async Task The_pool_of_a_job_changes_only_while_the_job_is_disabled()
    {
        string job = await NewJobAsync("pool-change");
        var other = new JsonObject { ["poolInfo"] = new JsonObject { ["poolId"] = "other" } };
        using (var refused = await Http.SendAsync(HttpMethod.Patch, $"/jobs/{job}", other))
        {
            await BatchHttp.ExpectErrorAsync(refused, HttpStatusCode.Conflict, "JobNotDisabled");
        }
        Assert.Equal("pool1", (string?)(await Http.GetJsonAsync($"/jobs/{job}"))["poolInfo"]!["poolId"]);

        using (var disable = await Http.PostAsync($"/jobs/{job}/disable", new JsonObject { ["disableTasks"] = "wait" }))
        {
            await BatchHttp.ExpectStatusAsync(disable, HttpStatusCode.Accepted);
        }
        using (var accepted = await Http.SendAsync(HttpMethod.Patch, $"/jobs/{job}", other))
        {
            await BatchHttp.ExpectStatusAsync(accepted, HttpStatusCode.OK);
        }
        Assert.Equal("other", (string?)(await Http.GetJsonAsync($"/jobs/{job}"))["poolInfo"]!["poolId"]);
    }

    [Fact]
    public async Task A_job_action_on_a_task_of_a_noaction_job_is_400_and_nothing_is_stored()
    {
        string job = await NewJobAsync("jobaction");
        var task = BatchHttp.Task("acting");
        task["exitConditions"] = JsonNode.Parse("""{"exitCodes":[{"code":1,"exitOptions":{"dependencyAction":"block"}}],"default":{"jobAction":"none"}}""");
        using var refused = await Http.PostAsync($"/jobs/{job}/tasks", task);
        var error = await BatchHttp.ExpectErrorAsync(refused, HttpStatusCode.BadRequest, "InvalidPropertyValue");
        Assert.Equal("exitConditions.default.jobAction", BatchHttp.ErrorValue(error, "PropertyName"));
        using var absent = await Http.GetAsync($"/jobs/{job}/tasks/acting");
        Assert.Equal(HttpStatusCode.NotFound, absent.StatusCode);
    }

    [Fact]
    public async Task Select_applies_to_subtasks_and_to_preparation_and_release_status_and_node_urls_are_given()
    {
        string job = await NewJobAsync("select", new JsonObject { ["jobPreparationTask"] = new JsonObject { ["commandLine"] = "x" } });
        await Http.CreateTaskAsync(job, "multi");
        var store = _fixture.Emulator.Store;
        var nodeInfo = new JsonObject { ["poolId"] = "pool1", ["nodeId"] = LocalNodeScheduler.NodeId, ["taskRootDirectory"] = $"jobs/{job}/tasks/multi" };
        Assert.NotNull(store.ClaimTask(job, "multi"));
        Assert.True(store.SetTaskRunning(job, "multi", nodeInfo));
        store.SaveSubtasks(job, "multi", new JsonArray(new JsonObject { ["id"] = 1, ["state"] = "running", ["nodeInfo"] = nodeInfo.DeepClone() }));
        store.SavePreparationAndReleaseStatus(job, new JsonObject
        {
            ["poolId"] = "pool1", ["nodeId"] = LocalNodeScheduler.NodeId,
            ["jobPreparationTaskExecutionInfo"] = new JsonObject { ["state"] = "completed", ["taskRootDirectory"] = $"jobs/{job}/jobpreparation" },
        });
        string nodeUrl = $"{_fixture.Emulator.Endpoint.GetLeftPart(UriPartial.Authority)}/pools/pool1/nodes/{LocalNodeScheduler.NodeId}";

        var task = await Http.GetJsonAsync($"/jobs/{job}/tasks/multi");
        Assert.Equal(nodeUrl, (string?)task["nodeInfo"]!["nodeUrl"]);
        Assert.Equal($"{nodeUrl}/files/jobs/{job}/tasks/multi", (string?)task["nodeInfo"]!["taskRootDirectoryUrl"]);
        var status = (JsonObject)(await Http.GetJsonAsync($"/jobs/{job}/jobpreparationandreleasetaskstatus"))["value"]![0]!;
        Assert.Equal(nodeUrl, (string?)status["nodeUrl"]);
        Assert.Equal($"{nodeUrl}/files/jobs/{job}/jobpreparation", (string?)status["jobPreparationTaskExecutionInfo"]!["taskRootDirectoryUrl"]);

        var subtask = (JsonObject)(await Http.GetJsonAsync($"/jobs/{job}/tasks/multi/subtasksinfo?$select=id,state"))["value"]![0]!;
        Assert.Equal(["id", "state"], subtask.Select(p => p.Key).Order());
        var selected = (JsonObject)(await Http.GetJsonAsync($"/jobs/{job}/jobpreparationandreleasetaskstatus?$select=nodeId,nodeUrl"))["value"]![0]!;
        Assert.Equal(["nodeId", "nodeUrl"], selected.Select(p => p.Key).Order());
    }

    [Theory]
    [InlineData("/jobs?$filter=state eq 'bogus'")]
    [InlineData("/jobs?$filter=onTaskFailure ne 'sometimes'")]
    [InlineData("/jobs/{job}/tasks?$filter=executionInfo/result eq 'maybe'")]
    [InlineData("/jobs/{job}/tasks?$filter=state eq 'done'")]
    public async Task A_filter_with_a_value_the_enum_does_not_have_is_400(string query)
    {
        string job = await NewJobAsync("filter");
        using var response = await Http.GetAsync(query.Replace("{job}", job));
        var error = await BatchHttp.ExpectErrorAsync(response, HttpStatusCode.BadRequest, "InvalidQueryParameterValue");
        Assert.Equal("$filter", BatchHttp.ErrorValue(error, "QueryParameterName"));

        using var known = await Http.GetAsync($"/jobs/{job}/tasks?$filter=state eq 'Active' and executionInfo/result ne 'failure'");
        await BatchHttp.ExpectStatusAsync(known, HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_non_ascii_path_id_is_never_folded_onto_an_ascii_one()
    {
        string suffix = Guid.NewGuid().ToString("N")[..8];
        await Http.CreateJobAsync("kelvin-" + suffix);
        await Http.CreateTaskAsync("kelvin-" + suffix, "kelvin");
        string kelvinSign = "%E2%84%AAelvin-" + suffix;

        using (var get = await Http.GetAsync("/jobs/" + kelvinSign))
        {
            await BatchHttp.ExpectErrorAsync(get, HttpStatusCode.NotFound, "JobNotFound");
        }
        using (var delete = await Http.SendAsync(HttpMethod.Delete, "/jobs/" + kelvinSign))
        {
            await BatchHttp.ExpectErrorAsync(delete, HttpStatusCode.NotFound, "JobNotFound");
        }
        using (var task = await Http.GetAsync($"/jobs/kelvin-{suffix}/tasks/%E2%84%AAelvin"))
        {
            await BatchHttp.ExpectErrorAsync(task, HttpStatusCode.NotFound, "TaskNotFound");
        }
        Assert.Equal("active", (string?)(await Http.GetJsonAsync($"/jobs/KELVIN-{suffix}"))["state"]);
    }
}
