namespace AzBatchJobs.Emulator.Tests;

public sealed class JobTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public JobTests(EmulatorFixture fixture) => _fixture = fixture;

    private BatchHttp Http => _fixture.Http;

    [Fact]
    public async Task Create_is_201_with_etag_last_modified_location_and_dataserviceid()
    {
        string id = EmulatorFixture.NewId("Job-Create");
        using var response = await Http.PostAsync("/jobs", new JsonObject { ["id"] = id, ["poolInfo"] = new JsonObject { ["poolId"] = "p1" } });
        await BatchHttp.ExpectStatusAsync(response, HttpStatusCode.Created);
        string expectedUrl = new Uri(_fixture.Emulator.Endpoint, "/jobs/" + id).ToString();
        Assert.StartsWith("0x", BatchHttp.ETagOf(response));
        Assert.NotNull(response.Content.Headers.LastModified);
        Assert.Equal(expectedUrl, response.Headers.Location!.ToString());
        Assert.Equal(expectedUrl, response.Headers.GetValues("DataServiceId").Single());
    }

    [Fact]
    public async Task Get_returns_the_service_shape_with_defaults()
    {
        string id = EmulatorFixture.NewId("job-get");
        await Http.CreateJobAsync(id, new JsonObject { ["priority"] = 7, ["displayName"] = "My job", ["metadata"] = new JsonArray(new JsonObject { ["name"] = "k", ["value"] = "v" }) });
        using var response = await Http.GetAsync($"/jobs/{id}");
        var job = await BatchHttp.ExpectJsonAsync(response, HttpStatusCode.OK);
        Assert.EndsWith("/$metadata#jobs/@Element", (string?)job["odata.metadata"]);
        Assert.Equal(id, (string?)job["id"]);
        Assert.EndsWith($"/jobs/{id}", (string?)job["url"]);
        Assert.Equal("active", (string?)job["state"]);
        Assert.Null(job["previousState"]);
        Assert.Equal(7, (int?)job["priority"]);
        Assert.Equal("My job", (string?)job["displayName"]);
        Assert.Equal(-1, (int?)job["maxParallelTasks"]);
        Assert.Equal("noaction", (string?)job["onAllTasksComplete"]);
        Assert.Equal("pool1", (string?)job["poolInfo"]!["poolId"]);
        Assert.Equal("pool1", (string?)job["executionInfo"]!["poolId"]);
        Assert.Equal("v", (string?)job["metadata"]![0]!["value"]);
        Assert.Equal(BatchHttp.ETagOf(response), (string?)job["eTag"]);
        Assert.NotNull(job["creationTime"]);
        Assert.NotNull(job["stateTransitionTime"]);
    }

    [Fact]
    public async Task Ids_are_case_preserving_and_unique_case_insensitively()
    {
        string id = EmulatorFixture.NewId("MixedCase");
        await Http.CreateJobAsync(id);
        var byOtherCase = await Http.GetJsonAsync($"/jobs/{id.ToUpperInvariant()}");
        Assert.Equal(id, (string?)byOtherCase["id"]);
        using var duplicate = await Http.PostAsync("/jobs", new JsonObject { ["id"] = id.ToLowerInvariant(), ["poolInfo"] = new JsonObject { ["poolId"] = "p" } });
        await BatchHttp.ExpectErrorAsync(duplicate, HttpStatusCode.Conflict, "JobExists");
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("dot.not.allowed")]
    [InlineData("")]
    [InlineData("x2345678901234567890123456789012345678901234567890123456789012345")]
    public async Task Invalid_id_is_400_naming_id(string id)
    {
        using var response = await Http.PostAsync("/jobs", new JsonObject { ["id"] = id, ["poolInfo"] = new JsonObject { ["poolId"] = "p" } });
        var error = await BatchHttp.ExpectErrorAsync(response, HttpStatusCode.BadRequest, "InvalidPropertyValue");
        Assert.Equal("id", BatchHttp.ErrorValue(error, "PropertyName"));
        Assert.False(string.IsNullOrEmpty(BatchHttp.ErrorValue(error, "Reason")));
    }

    [Fact]
    public async Task Id_of_64_allowed_characters_is_accepted()
    {
        string id = ("A_b-" + Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"))[..64];
        await Http.CreateJobAsync(id);
    }

    [Fact]
    public async Task Missing_pool_info_is_400_MissingRequiredProperty()
    {
        using var response = await Http.PostAsync("/jobs", new JsonObject { ["id"] = EmulatorFixture.NewId("nopool") });
        var error = await BatchHttp.ExpectErrorAsync(response, HttpStatusCode.BadRequest, "MissingRequiredProperty");
        Assert.Equal("poolInfo", BatchHttp.ErrorValue(error, "PropertyName"));
    }

    [Fact]
    public async Task Pool_id_that_is_not_a_string_is_400_naming_poolInfo_poolId()
    {
        using var response = await Http.PostAsync("/jobs", new JsonObject
        {
            ["id"] = EmulatorFixture.NewId("numpool"),
            ["poolInfo"] = new JsonObject { ["poolId"] = 5 },
        });
        var error = await BatchHttp.ExpectErrorAsync(response, HttpStatusCode.BadRequest, "InvalidPropertyValue");
        Assert.Equal("poolInfo.poolId", BatchHttp.ErrorValue(error, "PropertyName"));
    }

    [Fact]
    public async Task Release_task_without_preparation_task_is_400_naming_jobReleaseTask()
    {
        string id = EmulatorFixture.NewId("release");
        using var response = await Http.PostAsync("/jobs", new JsonObject
        {
            ["id"] = id,
            ["poolInfo"] = new JsonObject { ["poolId"] = "p" },
            ["jobReleaseTask"] = new JsonObject { ["commandLine"] = "cleanup" },
        });
        var error = await BatchHttp.ExpectErrorAsync(response, HttpStatusCode.BadRequest, "InvalidPropertyValue");
        Assert.Equal("jobReleaseTask", BatchHttp.ErrorValue(error, "PropertyName"));
        using var get = await Http.GetAsync("/jobs/" + id);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
    }

    [Fact]
    public async Task Priority_out_of_range_is_400_naming_priority()
    {
        using var response = await Http.PostAsync("/jobs", new JsonObject { ["id"] = EmulatorFixture.NewId("prio"), ["poolInfo"] = new JsonObject { ["poolId"] = "p" }, ["priority"] = 5000 });
        var error = await BatchHttp.ExpectErrorAsync(response, HttpStatusCode.BadRequest, "InvalidPropertyValue");
        Assert.Equal("priority", BatchHttp.ErrorValue(error, "PropertyName"));
    }

    [Fact]
    public async Task Malformed_json_is_400()
    {
        using var response = await Http.SendAsync(HttpMethod.Post, "/jobs", null, r => r.Content = new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));
        await BatchHttp.ExpectErrorAsync(response, HttpStatusCode.BadRequest, "InvalidRequestBody");
    }

    [Fact]
    public async Task Get_missing_job_is_404_JobNotFound()
    {
        using var response = await Http.GetAsync("/jobs/" + EmulatorFixture.NewId("missing"));
        await BatchHttp.ExpectErrorAsync(response, HttpStatusCode.NotFound, "JobNotFound");
    }

    [Fact]
    public async Task Patch_changes_only_given_properties_and_put_resets_the_rest()
    {
        string id = EmulatorFixture.NewId("job-upd");
        await Http.CreateJobAsync(id, new JsonObject { ["priority"] = 3, ["maxParallelTasks"] = 4 });
        var before = await Http.GetJsonAsync($"/jobs/{id}");

        using (var patch = await Http.SendAsync(HttpMethod.Patch, $"/jobs/{id}", new JsonObject { ["priority"] = 100 }))
        {
            await BatchHttp.ExpectStatusAsync(patch, HttpStatusCode.OK);
            Assert.NotEqual((string?)before["eTag"], BatchHttp.ETagOf(patch));
        }
        var patched = await Http.GetJsonAsync($"/jobs/{id}");
        Assert.Equal(100, (int?)patched["priority"]);
        Assert.Equal(4, (int?)patched["maxParallelTasks"]);
        Assert.NotEqual((string?)before["eTag"], (string?)patched["eTag"]);

        using (var put = await Http.SendAsync(HttpMethod.Put, $"/jobs/{id}", new JsonObject { ["poolInfo"] = new JsonObject { ["poolId"] = "pool1" } }))
        {
            await BatchHttp.ExpectStatusAsync(put, HttpStatusCode.OK);
        }
        var replaced = await Http.GetJsonAsync($"/jobs/{id}");
        Assert.Equal(0, (int?)replaced["priority"]);
        Assert.Equal(-1, (int?)replaced["maxParallelTasks"]);
        Assert.Equal("pool1", (string?)replaced["poolInfo"]!["poolId"]);
    }

    [Fact]
    public async Task Delete_is_202_and_the_job_is_gone()
    {
        string id = EmulatorFixture.NewId("job-del");
        await Http.CreateJobAsync(id);
        await Http.CreateTaskAsync(id, "t1");
        using (var delete = await Http.SendAsync(HttpMethod.Delete, $"/jobs/{id}"))
        {
            await BatchHttp.ExpectStatusAsync(delete, HttpStatusCode.Accepted);
        }
        using var get = await Http.GetAsync($"/jobs/{id}");
        await BatchHttp.ExpectErrorAsync(get, HttpStatusCode.NotFound, "JobNotFound");
        await Http.CreateJobAsync(id);
        var tasks = await Http.GetJsonAsync($"/jobs/{id}/tasks");
        Assert.Empty((JsonArray)tasks["value"]!);
    }

    [Fact]
    public async Task List_pages_with_maxresults_and_nextlink()
    {
        string prefix = EmulatorFixture.NewId("page")[..20];
        for (int i = 0; i < 5; i++)
        {
            await Http.CreateJobAsync($"{prefix}-{i}");
        }
        var seen = new List<string>();
        string? next = "/jobs?maxresults=2&$filter=" + Uri.EscapeDataString($"startswith(id, '{prefix}')");
        int pages = 0;
        while (next is not null)
        {
            using var response = await Http.SendAsync(HttpMethod.Get, next, addVersion: pages == 0);
            var page = await BatchHttp.ExpectJsonAsync(response, HttpStatusCode.OK);
            Assert.EndsWith("/$metadata#jobs", (string?)page["odata.metadata"]);
            var value = (JsonArray)page["value"]!;
            Assert.True(value.Count <= 2);
            seen.AddRange(value.Select(j => (string)j!["id"]!));
            next = (string?)page["odata.nextLink"];
            pages++;
        }
        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"{prefix}-{i}"), seen);
        Assert.Equal(3, pages);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1001")]
    [InlineData("ten")]
    public async Task Bad_maxresults_is_400(string value)
    {
        using var response = await Http.GetAsync("/jobs?maxresults=" + value);
        var error = await BatchHttp.ExpectErrorAsync(response, HttpStatusCode.BadRequest, "InvalidQueryParameterValue");
        Assert.Equal("maxresults", BatchHttp.ErrorValue(error, "QueryParameterName"));
    }

    [Fact]
    public async Task Job_schedule_list_of_unknown_schedule_is_404()
    {
        using var response = await Http.GetAsync("/jobschedules/none/jobs");
        await BatchHttp.ExpectErrorAsync(response, HttpStatusCode.NotFound, "JobScheduleNotFound");
    }

    [Fact]
    public async Task Preparation_and_release_status_needs_a_preparation_task()
    {
        string without = EmulatorFixture.NewId("noprep");
        await Http.CreateJobAsync(without);
        using var response = await Http.GetAsync($"/jobs/{without}/jobpreparationandreleasetaskstatus");
        await BatchHttp.ExpectErrorAsync(response, HttpStatusCode.Conflict, "JobPreparationTaskNotSpecified");

        string with = EmulatorFixture.NewId("prep");
        await Http.CreateJobAsync(with, new JsonObject { ["jobPreparationTask"] = new JsonObject { ["commandLine"] = "echo prep" } });
        var list = await Http.GetJsonAsync($"/jobs/{with}/jobpreparationandreleasetaskstatus");
        Assert.Empty((JsonArray)list["value"]!);
        var job = await Http.GetJsonAsync($"/jobs/{with}");
        Assert.Equal("echo prep", (string?)job["jobPreparationTask"]!["commandLine"]);
    }

    [Fact]
    public async Task Preparation_and_release_status_applies_the_filter()
    {
        string id = EmulatorFixture.NewId("prepfilter");
        await Http.CreateJobAsync(id, new JsonObject { ["jobPreparationTask"] = new JsonObject { ["commandLine"] = "echo prep" } });
        // The entry the local node saves once it ran the preparation task.
        _fixture.Emulator.Store.SavePreparationAndReleaseStatus(id, new JsonObject
        {
            ["poolId"] = "pool1",
            ["nodeId"] = "local-node",
            ["jobPreparationTaskExecutionInfo"] = new JsonObject { ["state"] = "completed" },
        });
        string path = $"/jobs/{id}/jobpreparationandreleasetaskstatus?$filter=";

        var matching = await Http.GetJsonAsync(path + Uri.EscapeDataString("nodeId eq 'local-node'"));
        Assert.Equal(["local-node"], ((JsonArray)matching["value"]!).Select(s => (string)s!["nodeId"]!));
        var other = await Http.GetJsonAsync(path + Uri.EscapeDataString("jobPreparationTaskExecutionInfo/state eq 'running'"));
        Assert.Empty((JsonArray)other["value"]!);
    }
}
