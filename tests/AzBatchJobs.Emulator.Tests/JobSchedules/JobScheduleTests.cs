namespace AzBatchJobs.Emulator.Tests.JobSchedules;

/// <summary>Create, read, list, update and replace of job schedules, with the service's rules at the door.</summary>
public sealed class JobScheduleTests : IClassFixture<ScheduleEmulator>
{
    private readonly ScheduleEmulator _emulator;

    public JobScheduleTests(ScheduleEmulator emulator) => _emulator = emulator;

    private BatchHttp Http => _emulator.Http;

    private static JsonObject Later(int hours) => new() { ["doNotRunUntil"] = "2031-01-01T00:00:00Z", ["recurrenceInterval"] = $"PT{hours}H" };

    [Fact]
    public async Task Create_answers_201_with_headers_and_get_reads_the_schedule_with_the_job_defaults()
    {
        string id = EmulatorFixture.NewId("Sched");
        var body = ScheduleEmulator.Body(id, Later(1), new JsonObject
        {
            ["displayName"] = "nightly job",
            ["poolInfo"] = new JsonObject { ["poolId"] = "pool1" },
        });
        body["displayName"] = "nightly";
        body["metadata"] = new JsonArray(new JsonObject { ["name"] = "owner", ["value"] = "ops" });

        using var create = await Http.PostAsync("/jobschedules", body);
        await BatchHttp.ExpectStatusAsync(create, HttpStatusCode.Created);
        string location = create.Headers.Location!.ToString();
        Assert.EndsWith($"/jobschedules/{id}", location);
        Assert.Equal(location, create.Headers.GetValues("DataServiceId").Single());

        using var get = await Http.GetAsync($"/jobschedules/{id.ToUpperInvariant()}");
        var schedule = await BatchHttp.ExpectJsonAsync(get, HttpStatusCode.OK);
        Assert.Equal(BatchHttp.ETagOf(create), BatchHttp.ETagOf(get));
        Assert.Equal(id, (string?)schedule["id"]);
        Assert.Equal(location, (string?)schedule["url"]);
        Assert.EndsWith("$metadata#jobschedules/@Element", (string?)schedule["odata.metadata"]);
        Assert.Equal("nightly", (string?)schedule["displayName"]);
        Assert.Equal("active", (string?)schedule["state"]);
        Assert.Null(schedule["previousState"]);
        Assert.Equal(ScheduleEmulator.Time(_emulator.Now), (string?)schedule["creationTime"]);
        Assert.Equal("2031-01-01T00:00:00.0000000Z", (string?)schedule["schedule"]!["doNotRunUntil"]);
        Assert.Equal("PT1H", (string?)schedule["schedule"]!["recurrenceInterval"]);
        Assert.Equal("2031-01-01T00:00:00.0000000Z", (string?)schedule["executionInfo"]!["nextRunTime"]);
        Assert.Equal("owner", (string?)schedule["metadata"]![0]!["name"]);
        var spec = schedule["jobSpecification"]!;
        Assert.Equal("nightly job", (string?)spec["displayName"]);
        Assert.Equal(0, (int?)spec["priority"]);
        Assert.Equal(-1, (int?)spec["maxParallelTasks"]);
        Assert.Equal("noaction", (string?)spec["onAllTasksComplete"]);
        Assert.Equal("noaction", (string?)spec["onTaskFailure"]);
        Assert.Equal(0, (int?)spec["constraints"]!["maxTaskRetryCount"]);
        Assert.Null(spec["id"]);
        Assert.Null(spec["state"]);
    }

    [Theory]
    [InlineData("""{"id":"s","jobSpecification":{"poolInfo":{"poolId":"p"}}}""", "MissingRequiredProperty", "schedule")]
    [InlineData("""{"id":"s","schedule":{}}""", "MissingRequiredProperty", "jobSpecification")]
    [InlineData("""{"id":"s","schedule":{},"jobSpecification":{}}""", "MissingRequiredProperty", "jobSpecification.poolInfo")]
    [InlineData("""{"id":"s","schedule":{},"jobSpecification":{"poolInfo":{"poolId":"p"},"priority":5000}}""", "InvalidPropertyValue", "jobSpecification.priority")]
    [InlineData("""{"id":"s","schedule":{},"jobSpecification":{"poolInfo":{"poolId":"p"},"jobReleaseTask":{"commandLine":"x"}}}""", "InvalidPropertyValue", "jobSpecification.jobReleaseTask")]
    [InlineData("""{"id":"s","schedule":{"recurrenceInterval":"PT30S"},"jobSpecification":{"poolInfo":{"poolId":"p"}}}""", "InvalidPropertyValue", "schedule.recurrenceInterval")]
    [InlineData("""{"id":"s","schedule":{"startWindow":"soon"},"jobSpecification":{"poolInfo":{"poolId":"p"}}}""", "InvalidPropertyValue", "schedule.startWindow")]
    [InlineData("""{"id":"s","schedule":{"doNotRunUntil":"tomorrow"},"jobSpecification":{"poolInfo":{"poolId":"p"}}}""", "InvalidPropertyValue", "schedule.doNotRunUntil")]
    [InlineData("""{"id":"s","schedule":[],"jobSpecification":{"poolInfo":{"poolId":"p"}}}""", "InvalidPropertyValue", "schedule")]
    [InlineData("""{"id":"a:b","schedule":{},"jobSpecification":{"poolInfo":{"poolId":"p"}}}""", "InvalidPropertyValue", "id")]
    [InlineData("""{"id":"s","displayName":7,"schedule":{},"jobSpecification":{"poolInfo":{"poolId":"p"}}}""", "InvalidPropertyValue", "displayName")]
    public async Task A_body_the_service_refuses_is_400_naming_the_property_and_nothing_is_stored(string json, string code, string property)
    {
        string id = EmulatorFixture.NewId("bad");
        var body = (JsonObject)JsonNode.Parse(json.Replace("\"s\"", $"\"{id}\"", StringComparison.Ordinal))!;

        using var response = await Http.PostAsync("/jobschedules", body);

        var error = await BatchHttp.ExpectErrorAsync(response, HttpStatusCode.BadRequest, code);
        Assert.Equal(property, BatchHttp.ErrorValue(error, "PropertyName"));
        using var get = await Http.GetAsync($"/jobschedules/{id}");
        await BatchHttp.ExpectErrorAsync(get, HttpStatusCode.NotFound, "JobScheduleNotFound");
    }

    [Fact]
    public async Task Ids_are_unique_among_schedules_and_jobs_together()
    {
        string id = EmulatorFixture.NewId("Twice");
        await _emulator.CreateAsync(id, Later(1));
        using var again = await Http.PostAsync("/jobschedules", ScheduleEmulator.Body(id.ToLowerInvariant()));
        await BatchHttp.ExpectErrorAsync(again, HttpStatusCode.Conflict, "JobScheduleExists");
        using var job = await Http.PostAsync("/jobs", new JsonObject { ["id"] = id, ["poolInfo"] = new JsonObject { ["poolId"] = "p" } });
        await BatchHttp.ExpectErrorAsync(job, HttpStatusCode.Conflict, "JobScheduleWithSameIdExists");

        string jobId = EmulatorFixture.NewId("jobfirst");
        await Http.CreateJobAsync(jobId);
        using var schedule = await Http.PostAsync("/jobschedules", ScheduleEmulator.Body(jobId));
        await BatchHttp.ExpectErrorAsync(schedule, HttpStatusCode.Conflict, "JobWithSameIdExists");
    }

    [Fact]
    public async Task Head_answers_200_with_the_etag_404_for_an_unknown_schedule_and_304_when_unchanged()
    {
        string id = EmulatorFixture.NewId("head");
        await _emulator.CreateAsync(id, Later(1));
        string etag = (string)(await _emulator.GetAsync(id))["eTag"]!;

        using var exists = await Http.SendAsync(HttpMethod.Head, $"/jobschedules/{id}");
        Assert.Equal(HttpStatusCode.OK, exists.StatusCode);
        Assert.Equal(etag, BatchHttp.ETagOf(exists));
        using var missing = await Http.SendAsync(HttpMethod.Head, $"/jobschedules/{id}-missing");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Empty(await missing.Content.ReadAsByteArrayAsync());
        using var unchanged = await Http.SendAsync(HttpMethod.Head, $"/jobschedules/{id}", configure: r => r.Headers.TryAddWithoutValidation("If-None-Match", etag));
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
    }

    [Fact]
    public async Task Get_honours_conditions_select_and_expand_stats()
    {
        string id = EmulatorFixture.NewId("getopts");
        await _emulator.CreateAsync(id, Later(1));
        string etag = (string)(await _emulator.GetAsync(id))["eTag"]!;

        using var notModified = await Http.GetAsync($"/jobschedules/{id}", r => r.Headers.TryAddWithoutValidation("If-None-Match", etag));
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        using var failed = await Http.GetAsync($"/jobschedules/{id}", r => r.Headers.TryAddWithoutValidation("If-Match", "0x1"));
        await BatchHttp.ExpectErrorAsync(failed, HttpStatusCode.PreconditionFailed, "ConditionNotMet");

        var selected = await Http.GetJsonAsync($"/jobschedules/{id}?$select=id,state&$expand=stats");
        Assert.Equal(["id", "odata.metadata", "state"], selected.Select(p => p.Key).Order(StringComparer.Ordinal));
        var stats = (await Http.GetJsonAsync($"/jobschedules/{id}?$expand=stats"))["stats"]!;
        Assert.Equal(0, (long?)stats["numSucceededTasks"]);
        Assert.Equal("PT0S", (string?)stats["wallClockTime"]);
    }

    [Fact]
    public async Task List_filters_selects_and_pages()
    {
        string prefix = EmulatorFixture.NewId("lst")[..20];
        for (int i = 0; i < 3; i++)
        {
            await _emulator.CreateAsync($"{prefix}-{i}", Later(i + 1));
        }

        var first = await Http.GetJsonAsync($"/jobschedules?$filter=startswith(id,'{prefix}')&$select=id,schedule&maxresults=2");
        Assert.EndsWith("$metadata#jobschedules", (string?)first["odata.metadata"]);
        Assert.Equal(2, ((JsonArray)first["value"]!).Count);
        string next = (string)first["odata.nextLink"]!;
        using var page = await Http.SendAsync(HttpMethod.Get, next, addVersion: false);
        var second = await BatchHttp.ExpectJsonAsync(page, HttpStatusCode.OK);
        var all = ((JsonArray)first["value"]!).Concat((JsonArray)second["value"]!).Select(s => (string)s!["id"]!).ToArray();
        Assert.Equal([$"{prefix}-0", $"{prefix}-1", $"{prefix}-2"], all);
        Assert.Null(first["value"]![0]!["state"]);

        var filtered = await Http.GetJsonAsync($"/jobschedules?$filter=startswith(id,'{prefix}') and state eq 'active' and executionInfo/nextRunTime ge datetime'2031-01-01T00:00:00Z'");
        Assert.Equal(3, ((JsonArray)filtered["value"]!).Count);
        using var unknown = await Http.GetAsync("/jobschedules?$filter=nosuch eq 1");
        await BatchHttp.ExpectErrorAsync(unknown, HttpStatusCode.BadRequest, "InvalidQueryParameterValue");
    }

    [Fact]
    public async Task Patch_changes_only_what_is_given_and_put_replaces_everything_updatable()
    {
        string id = EmulatorFixture.NewId("upd");
        var body = ScheduleEmulator.Body(id, Later(1));
        body["metadata"] = new JsonArray(new JsonObject { ["name"] = "a", ["value"] = "1" });
        using (var create = await Http.PostAsync("/jobschedules", body))
        {
            await BatchHttp.ExpectStatusAsync(create, HttpStatusCode.Created);
        }
        string etag = (string)(await _emulator.GetAsync(id))["eTag"]!;

        using (var patch = await Http.SendAsync(HttpMethod.Patch, $"/jobschedules/{id}", new JsonObject
        {
            ["jobSpecification"] = new JsonObject { ["priority"] = 7, ["poolInfo"] = new JsonObject { ["poolId"] = "pool2" } },
        }, r => r.Headers.TryAddWithoutValidation("If-Match", etag)))
        {
            await BatchHttp.ExpectStatusAsync(patch, HttpStatusCode.OK);
            Assert.NotEqual(etag, BatchHttp.ETagOf(patch));
        }
        var patched = await _emulator.GetAsync(id);
        Assert.Equal(7, (int?)patched["jobSpecification"]!["priority"]);
        Assert.Equal("pool2", (string?)patched["jobSpecification"]!["poolInfo"]!["poolId"]);
        Assert.Equal("PT1H", (string?)patched["schedule"]!["recurrenceInterval"]);
        Assert.Equal("a", (string?)patched["metadata"]![0]!["name"]);

        using (var put = await Http.SendAsync(HttpMethod.Put, $"/jobschedules/{id}", new JsonObject
        {
            ["id"] = "ignored", ["displayName"] = "ignored",
            ["jobSpecification"] = new JsonObject { ["poolInfo"] = new JsonObject { ["poolId"] = "pool3" } },
        }))
        {
            await BatchHttp.ExpectStatusAsync(put, HttpStatusCode.OK);
        }
        var replaced = await _emulator.GetAsync(id);
        Assert.Equal(id, (string?)replaced["id"]);
        Assert.Null(replaced["schedule"]);
        Assert.Null(replaced["metadata"]);
        Assert.Equal(0, (int?)replaced["jobSpecification"]!["priority"]);
        Assert.Equal("pool3", (string?)replaced["jobSpecification"]!["poolInfo"]!["poolId"]);
    }

    [Fact]
    public async Task A_refused_update_changes_nothing()
    {
        string id = EmulatorFixture.NewId("noupd");
        await _emulator.CreateAsync(id, Later(1));
        var before = await _emulator.GetAsync(id);

        using var stale = await Http.SendAsync(HttpMethod.Patch, $"/jobschedules/{id}", new JsonObject { ["metadata"] = new JsonArray() },
            r => r.Headers.TryAddWithoutValidation("If-Match", "0x1"));
        await BatchHttp.ExpectErrorAsync(stale, HttpStatusCode.PreconditionFailed, "ConditionNotMet");
        using var invalid = await Http.SendAsync(HttpMethod.Patch, $"/jobschedules/{id}", new JsonObject
        {
            ["schedule"] = new JsonObject { ["recurrenceInterval"] = "PT1H" },
            ["jobSpecification"] = new JsonObject { ["priority"] = 1 },
        });
        var error = await BatchHttp.ExpectErrorAsync(invalid, HttpStatusCode.BadRequest, "MissingRequiredProperty");
        Assert.Equal("jobSpecification.poolInfo", BatchHttp.ErrorValue(error, "PropertyName"));
        using var noSpecification = await Http.SendAsync(HttpMethod.Put, $"/jobschedules/{id}", new JsonObject { ["schedule"] = new JsonObject() });
        Assert.Equal("jobSpecification", BatchHttp.ErrorValue(
            await BatchHttp.ExpectErrorAsync(noSpecification, HttpStatusCode.BadRequest, "MissingRequiredProperty"), "PropertyName"));

        var after = await _emulator.GetAsync(id);
        Assert.True(JsonNode.DeepEquals(before, after), after.ToJsonString());
    }

    [Fact]
    public async Task Operations_on_an_unknown_schedule_are_404_JobScheduleNotFound()
    {
        string id = EmulatorFixture.NewId("nobody");
        foreach (var (method, path) in new[]
        {
            (HttpMethod.Get, $"/jobschedules/{id}"), (HttpMethod.Get, $"/jobschedules/{id}/jobs"), (HttpMethod.Delete, $"/jobschedules/{id}"),
            (HttpMethod.Post, $"/jobschedules/{id}/disable"), (HttpMethod.Post, $"/jobschedules/{id}/enable"), (HttpMethod.Post, $"/jobschedules/{id}/terminate"),
        })
        {
            using var response = await Http.SendAsync(method, path);
            await BatchHttp.ExpectErrorAsync(response, HttpStatusCode.NotFound, "JobScheduleNotFound");
        }
    }
}
