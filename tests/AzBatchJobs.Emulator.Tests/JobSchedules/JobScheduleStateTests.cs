namespace AzBatchJobs.Emulator.Tests.JobSchedules;

/// <summary>The schedule's state machine: disable, enable, terminate and delete, and what they do to its jobs.</summary>
public sealed class JobScheduleStateTests : IClassFixture<ScheduleEmulator>
{
    private readonly ScheduleEmulator _emulator;

    public JobScheduleStateTests(ScheduleEmulator emulator) => _emulator = emulator;

    private BatchHttp Http => _emulator.Http;

    private async Task<HttpResponseMessage> PostAsync(string id, string action) => await Http.PostAsync($"/jobschedules/{id}/{action}");

    private static JsonObject Hourly() => new() { ["recurrenceInterval"] = "PT1H" };

    [Fact]
    public async Task Disable_and_enable_answer_204_and_move_between_active_and_disabled()
    {
        string id = EmulatorFixture.NewId("dis");
        await _emulator.CreateAsync(id, new JsonObject { ["doNotRunUntil"] = "2031-01-01T00:00:00Z" });
        string etag = (string)(await _emulator.GetAsync(id))["eTag"]!;

        using (var disable = await PostAsync(id, "disable"))
        {
            await BatchHttp.ExpectStatusAsync(disable, HttpStatusCode.NoContent);
            Assert.NotEqual(etag, BatchHttp.ETagOf(disable));
        }
        var disabled = await _emulator.GetAsync(id);
        Assert.Equal("disabled", (string?)disabled["state"]);
        Assert.Equal("active", (string?)disabled["previousState"]);
        Assert.NotNull(disabled["previousStateTransitionTime"]);
        using (var again = await PostAsync(id, "disable"))
        {
            await BatchHttp.ExpectStatusAsync(again, HttpStatusCode.NoContent);
            Assert.Equal((string?)disabled["eTag"], BatchHttp.ETagOf(again));
        }

        using (var enable = await PostAsync(id, "enable"))
        {
            await BatchHttp.ExpectStatusAsync(enable, HttpStatusCode.NoContent);
        }
        var enabled = await _emulator.GetAsync(id);
        Assert.Equal("active", (string?)enabled["state"]);
        Assert.Equal("disabled", (string?)enabled["previousState"]);
        using var stale = await Http.PostAsync($"/jobschedules/{id}/disable", configure: r => r.Headers.TryAddWithoutValidation("If-Match", etag));
        await BatchHttp.ExpectErrorAsync(stale, HttpStatusCode.PreconditionFailed, "ConditionNotMet");
    }

    [Fact]
    public async Task Terminate_ends_the_active_job_and_the_schedule_completes_once_the_job_has()
    {
        string id = EmulatorFixture.NewId("term");
        await _emulator.CreateAsync(id, Hourly());
        string jobId = $"{id}:job-1";
        await Http.CreateTaskAsync(jobId, "busy");
        JobStateTests.RunTask(_emulator.Emulator.Store, jobId, "busy");

        using (var terminate = await PostAsync(id, "terminate"))
        {
            await BatchHttp.ExpectStatusAsync(terminate, HttpStatusCode.Accepted);
        }
        var terminating = await _emulator.GetAsync(id);
        Assert.Equal("terminating", (string?)terminating["state"]);
        Assert.Equal("terminating", (string?)(await Http.GetJsonAsync($"/jobs/{jobId}"))["state"]);
        foreach (var refused in new[] { "disable", "enable", "terminate" })
        {
            using var response = await PostAsync(id, refused);
            await BatchHttp.ExpectErrorAsync(response, HttpStatusCode.Conflict, "JobScheduleBeingTerminated");
        }

        Assert.True(_emulator.Emulator.Store.CompleteTask(jobId, "busy", 0, true));
        var completed = await _emulator.WaitForStateAsync(id, "completed");
        Assert.Equal("terminating", (string?)completed["previousState"]);
        Assert.Equal(ScheduleEmulator.Time(_emulator.Now), (string?)completed["executionInfo"]!["endTime"]);
        Assert.Null(completed["executionInfo"]!["nextRunTime"]);
        Assert.Equal(jobId, (string?)completed["executionInfo"]!["recentJob"]!["id"]);
        Assert.Equal("completed", (string?)(await Http.GetJsonAsync($"/jobs/{jobId}"))["state"]);
        using var update = await Http.SendAsync(HttpMethod.Patch, $"/jobschedules/{id}", new JsonObject { ["metadata"] = new JsonArray() });
        await BatchHttp.ExpectErrorAsync(update, HttpStatusCode.Conflict, "JobScheduleCompleted");
        using var again = await PostAsync(id, "terminate");
        await BatchHttp.ExpectErrorAsync(again, HttpStatusCode.Conflict, "JobScheduleCompleted");
    }

    [Fact]
    public async Task Terminate_with_no_active_job_completes_at_once()
    {
        string id = EmulatorFixture.NewId("termnow");
        await _emulator.CreateAsync(id, new JsonObject { ["doNotRunUntil"] = "2031-01-01T00:00:00Z" });

        using var terminate = await PostAsync(id, "terminate");

        await BatchHttp.ExpectStatusAsync(terminate, HttpStatusCode.Accepted);
        var schedule = await _emulator.GetAsync(id);
        Assert.Equal("completed", (string?)schedule["state"]);
        Assert.Equal((string?)schedule["eTag"], BatchHttp.ETagOf(terminate));
        Assert.Empty(await _emulator.JobIdsAsync(id));
    }

    [Fact]
    public async Task Delete_removes_the_schedule_with_all_its_jobs_once_their_tasks_are_stopped()
    {
        string id = EmulatorFixture.NewId("del");
        await _emulator.CreateAsync(id, Hourly());
        await _emulator.TerminateJobAsync($"{id}:job-1");
        _emulator.Clock.Advance(TimeSpan.FromHours(1));
        await _emulator.WaitForRecentJobAsync(id, $"{id}:job-2");
        await Http.CreateTaskAsync($"{id}:job-2", "busy");
        JobStateTests.RunTask(_emulator.Emulator.Store, $"{id}:job-2", "busy");

        using (var delete = await Http.SendAsync(HttpMethod.Delete, $"/jobschedules/{id}"))
        {
            await BatchHttp.ExpectStatusAsync(delete, HttpStatusCode.Accepted);
        }
        var deleting = await _emulator.GetAsync(id);
        Assert.Equal("deleting", (string?)deleting["state"]);
        Assert.Equal([$"{id}:job-2"], await _emulator.JobIdsAsync(id));
        Assert.Equal("deleting", (string?)(await Http.GetJsonAsync($"/jobs/{id}:job-2"))["state"]);
        using (var again = await Http.SendAsync(HttpMethod.Delete, $"/jobschedules/{id}"))
        {
            await BatchHttp.ExpectErrorAsync(again, HttpStatusCode.Conflict, "JobScheduleBeingDeleted");
        }
        using (var update = await Http.SendAsync(HttpMethod.Patch, $"/jobschedules/{id}", new JsonObject { ["metadata"] = new JsonArray() }))
        {
            await BatchHttp.ExpectErrorAsync(update, HttpStatusCode.Conflict, "JobScheduleBeingDeleted");
        }

        Assert.True(_emulator.Emulator.Store.CompleteTask($"{id}:job-2", "busy", null, false));
        var deadline = DateTime.UtcNow.AddSeconds(10);
        HttpStatusCode status;
        do
        {
            using var get = await Http.GetAsync($"/jobschedules/{id}");
            status = get.StatusCode;
            await Task.Delay(20);
        }
        while (status != HttpStatusCode.NotFound && DateTime.UtcNow < deadline);
        Assert.Equal(HttpStatusCode.NotFound, status);
        using var job = await Http.GetAsync($"/jobs/{id}:job-2");
        await BatchHttp.ExpectErrorAsync(job, HttpStatusCode.NotFound, "JobNotFound");
    }

    [Fact]
    public async Task Delete_of_a_schedule_whose_jobs_run_nothing_is_done_when_answered()
    {
        string id = EmulatorFixture.NewId("delnow");
        await _emulator.CreateAsync(id);

        using var delete = await Http.SendAsync(HttpMethod.Delete, $"/jobschedules/{id}");

        await BatchHttp.ExpectStatusAsync(delete, HttpStatusCode.Accepted);
        Assert.False(delete.Headers.Contains("ETag"));
        using var get = await Http.GetAsync($"/jobschedules/{id}");
        await BatchHttp.ExpectErrorAsync(get, HttpStatusCode.NotFound, "JobScheduleNotFound");
        using var job = await Http.GetAsync($"/jobs/{id}:job-1");
        await BatchHttp.ExpectErrorAsync(job, HttpStatusCode.NotFound, "JobNotFound");
        await _emulator.CreateAsync(id, new JsonObject { ["doNotRunUntil"] = "2031-01-01T00:00:00Z" });
        Assert.Empty(await _emulator.JobIdsAsync(id));
    }
}
