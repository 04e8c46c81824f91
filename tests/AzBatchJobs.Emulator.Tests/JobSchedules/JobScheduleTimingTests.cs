namespace AzBatchJobs.Emulator.Tests.JobSchedules;

/// <summary>
/// When schedules create their jobs, driven through the REST API and a fake clock: doNotRunUntil,
/// recurrenceInterval, one active job at a time, startWindow, doNotRunAfter, and disabled schedules.
/// </summary>
public sealed class JobScheduleTimingTests : IClassFixture<ScheduleEmulator>
{
    private readonly ScheduleEmulator _emulator;

    public JobScheduleTimingTests(ScheduleEmulator emulator) => _emulator = emulator;

    private BatchHttp Http => _emulator.Http;

    private static string Time(DateTime utc) => ScheduleEmulator.Time(utc);

    [Fact]
    public async Task A_schedule_without_times_makes_one_job_at_once_and_completes_when_it_does()
    {
        string id = EmulatorFixture.NewId("Once");
        await _emulator.CreateAsync(id, jobSpecification: new JsonObject
        {
            ["displayName"] = "from the schedule",
            ["priority"] = 3,
            ["poolInfo"] = new JsonObject { ["poolId"] = "pool9" },
            ["metadata"] = new JsonArray(new JsonObject { ["name"] = "k", ["value"] = "v" }),
        });

        var schedule = await _emulator.GetAsync(id);
        string jobId = $"{id}:job-1";
        Assert.Equal(jobId, (string?)schedule["executionInfo"]!["recentJob"]!["id"]);
        Assert.EndsWith($"/jobs/{Uri.EscapeDataString(jobId)}", (string?)schedule["executionInfo"]!["recentJob"]!["url"]);
        Assert.Null(schedule["executionInfo"]!["nextRunTime"]);
        var job = await Http.GetJsonAsync($"/jobs/{Uri.EscapeDataString(jobId.ToUpperInvariant())}");
        Assert.Equal(jobId, (string?)job["id"]);
        Assert.Equal("active", (string?)job["state"]);
        Assert.Equal("from the schedule", (string?)job["displayName"]);
        Assert.Equal(3, (int?)job["priority"]);
        Assert.Equal("pool9", (string?)job["executionInfo"]!["poolId"]);
        Assert.Equal("v", (string?)job["metadata"]![0]!["value"]);
        Assert.Equal([jobId], await _emulator.JobIdsAsync(id));

        await _emulator.TerminateJobAsync(jobId);

        var completed = await _emulator.WaitForStateAsync(id, "completed");
        Assert.Equal("active", (string?)completed["previousState"]);
        Assert.NotNull(completed["executionInfo"]!["endTime"]);
        Assert.Equal([jobId], await _emulator.JobIdsAsync(id));
    }

    [Fact]
    public async Task Nothing_runs_before_doNotRunUntil_and_the_job_comes_when_the_clock_gets_there()
    {
        string id = EmulatorFixture.NewId("until");
        DateTime until = _emulator.Now.AddHours(3);
        await _emulator.CreateAsync(id, new JsonObject { ["doNotRunUntil"] = Time(until) });

        var waiting = await _emulator.GetAsync(id);
        Assert.Equal(Time(until), (string?)waiting["executionInfo"]!["nextRunTime"]);
        Assert.Null(waiting["executionInfo"]!["recentJob"]);
        _emulator.Clock.Advance(TimeSpan.FromHours(2));
        await Task.Delay(50);
        Assert.Empty(await _emulator.JobIdsAsync(id));

        _emulator.Clock.Advance(TimeSpan.FromHours(1));

        var running = await _emulator.WaitForRecentJobAsync(id, $"{id}:job-1");
        Assert.Null(running["executionInfo"]!["nextRunTime"]);
        Assert.Equal(waiting["eTag"]!.ToString(), (string?)running["eTag"]);
    }

    [Fact]
    public async Task A_recurring_schedule_keeps_one_job_active_and_runs_the_next_after_it_completes()
    {
        string id = EmulatorFixture.NewId("hourly");
        DateTime start = _emulator.Now;
        await _emulator.CreateAsync(id, new JsonObject { ["recurrenceInterval"] = "PT1H" });
        Assert.Equal(Time(start.AddHours(1)), (string?)(await _emulator.GetAsync(id))["executionInfo"]!["nextRunTime"]);

        _emulator.Clock.Advance(TimeSpan.FromMinutes(70));
        await Task.Delay(50);
        Assert.Equal([$"{id}:job-1"], await _emulator.JobIdsAsync(id));
        Assert.Equal(Time(start.AddHours(1)), (string?)(await _emulator.GetAsync(id))["executionInfo"]!["nextRunTime"]);

        await _emulator.TerminateJobAsync($"{id}:job-1");

        var second = await _emulator.WaitForRecentJobAsync(id, $"{id}:job-2");
        Assert.Equal(Time(start.AddHours(2)), (string?)second["executionInfo"]!["nextRunTime"]);
        await _emulator.TerminateJobAsync($"{id}:job-2");
        _emulator.Clock.Advance(TimeSpan.FromMinutes(50));
        await _emulator.WaitForRecentJobAsync(id, $"{id}:job-3");
        Assert.Equal([$"{id}:job-1", $"{id}:job-2", $"{id}:job-3"], await _emulator.JobIdsAsync(id));
    }

    [Fact]
    public async Task A_run_whose_start_window_passes_while_the_last_job_is_active_is_skipped()
    {
        string id = EmulatorFixture.NewId("window");
        DateTime start = _emulator.Now;
        await _emulator.CreateAsync(id, new JsonObject { ["recurrenceInterval"] = "PT1H", ["startWindow"] = "PT10M" });

        _emulator.Clock.Advance(TimeSpan.FromMinutes(75));
        await _emulator.WaitForAsync(id, s => (string?)s["executionInfo"]!["nextRunTime"] == Time(start.AddHours(2)), "the missed run to be skipped");
        await _emulator.TerminateJobAsync($"{id}:job-1");
        await Task.Delay(50);
        Assert.Equal([$"{id}:job-1"], await _emulator.JobIdsAsync(id));

        _emulator.Clock.Advance(TimeSpan.FromMinutes(45));

        await _emulator.WaitForRecentJobAsync(id, $"{id}:job-2");
    }

    [Fact]
    public async Task No_job_is_made_after_doNotRunAfter_and_the_schedule_then_completes()
    {
        string id = EmulatorFixture.NewId("after");
        await _emulator.CreateAsync(id, new JsonObject { ["recurrenceInterval"] = "PT1H", ["doNotRunAfter"] = Time(_emulator.Now.AddMinutes(90)) });
        await _emulator.TerminateJobAsync($"{id}:job-1");
        _emulator.Clock.Advance(TimeSpan.FromHours(1));
        var second = await _emulator.WaitForRecentJobAsync(id, $"{id}:job-2");
        Assert.Null(second["executionInfo"]!["nextRunTime"]);
        Assert.Equal("active", (string?)second["state"]);

        await _emulator.TerminateJobAsync($"{id}:job-2");

        var completed = await _emulator.WaitForStateAsync(id, "completed");
        Assert.NotNull(completed["executionInfo"]!["endTime"]);
        Assert.Equal(2, (await _emulator.JobIdsAsync(id)).Length);
    }

    [Fact]
    public async Task A_disabled_schedule_makes_no_job_and_a_due_run_starts_when_it_is_enabled()
    {
        string id = EmulatorFixture.NewId("paused");
        await _emulator.CreateAsync(id, new JsonObject { ["doNotRunUntil"] = Time(_emulator.Now.AddHours(1)) });
        using (var disable = await Http.PostAsync($"/jobschedules/{id}/disable"))
        {
            await BatchHttp.ExpectStatusAsync(disable, HttpStatusCode.NoContent);
        }
        _emulator.Clock.Advance(TimeSpan.FromHours(2));
        await Task.Delay(50);
        Assert.Empty(await _emulator.JobIdsAsync(id));

        using (var enable = await Http.PostAsync($"/jobschedules/{id}/enable"))
        {
            await BatchHttp.ExpectStatusAsync(enable, HttpStatusCode.NoContent);
        }

        Assert.Equal([$"{id}:job-1"], await _emulator.JobIdsAsync(id));
    }

    [Fact]
    public async Task An_update_of_the_schedule_replans_the_next_run()
    {
        string id = EmulatorFixture.NewId("replan");
        await _emulator.CreateAsync(id, new JsonObject { ["doNotRunUntil"] = Time(_emulator.Now.AddDays(10)) });

        using var patch = await Http.SendAsync(HttpMethod.Patch, $"/jobschedules/{id}", new JsonObject
        {
            ["schedule"] = new JsonObject { ["doNotRunUntil"] = Time(_emulator.Now.AddMinutes(-1)) },
        });

        await BatchHttp.ExpectStatusAsync(patch, HttpStatusCode.OK);
        Assert.Equal([$"{id}:job-1"], await _emulator.JobIdsAsync(id));
    }

    [Fact]
    public async Task The_jobs_of_a_schedule_list_with_filter_select_stats_and_paging()
    {
        string id = EmulatorFixture.NewId("jobs");
        await _emulator.CreateAsync(id, new JsonObject { ["recurrenceInterval"] = "PT1H" });
        for (int run = 2; run <= 3; run++)
        {
            // Job 1 has a task that fails after 2 retries, job 2 one that succeeds after 1.
            await RunTaskWithRetriesAsync($"{id}:job-{run - 1}", retries: 4 - run, succeeded: run == 3);
            await _emulator.TerminateJobAsync($"{id}:job-{run - 1}");
            _emulator.Clock.Advance(TimeSpan.FromHours(1));
            await _emulator.WaitForRecentJobAsync(id, $"{id}:job-{run}");
        }

        var active = await Http.GetJsonAsync($"/jobschedules/{id}/jobs?$filter=state eq 'active'&$select=id,state&$expand=stats");
        var only = Assert.Single((JsonArray)active["value"]!)!;
        Assert.Equal($"{id}:job-3", (string?)only["id"]);
        Assert.Equal(["id", "state"], ((JsonObject)only).Select(p => p.Key).Order(StringComparer.Ordinal));
        var first = await Http.GetJsonAsync($"/jobschedules/{id}/jobs?maxresults=2");
        Assert.Equal(2, ((JsonArray)first["value"]!).Count);
        using var next = await Http.SendAsync(HttpMethod.Get, (string)first["odata.nextLink"]!, addVersion: false);
        var rest = await BatchHttp.ExpectJsonAsync(next, HttpStatusCode.OK);
        Assert.Equal($"{id}:job-3", (string?)Assert.Single((JsonArray)rest["value"]!)!["id"]);

        // Task outcomes and retries are summed over the schedule's jobs.
        var stats = (await Http.GetJsonAsync($"/jobschedules/{id}?$expand=stats"))["stats"]!;
        Assert.Equal<(long?, long?, long?)>((1, 1, 3), ((long?)stats["numSucceededTasks"], (long?)stats["numFailedTasks"], (long?)stats["numTaskRetries"]));
    }

    private async Task RunTaskWithRetriesAsync(string jobId, int retries, bool succeeded)
    {
        var store = _emulator.Emulator.Store;
        await Http.CreateTaskAsync(jobId, "t1");
        JobStateTests.RunTask(store, jobId, "t1");
        for (int retry = 1; retry <= retries; retry++)
        {
            Assert.True(store.RecordTaskRetry(jobId, "t1", retry));
        }
        Assert.True(store.CompleteTask(jobId, "t1", succeeded ? 0 : 1, succeeded));
    }

    [Fact]
    public async Task A_schedule_and_its_job_count_survive_a_restart()
    {
        using var data = new TempDirectory();
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(_emulator.Clock.GetUtcNow());
        var options = new EmulatorOptions { Slots = 0, Port = 0, DataDirectory = data.Path, Clock = clock };
        string etag;
        await using (var first = await BatchEmulator.StartAsync(options))
        {
            using var http = new BatchHttp(first.Endpoint, first.AccountName, first.AccountKey);
            using var create = await http.PostAsync("/jobschedules", ScheduleEmulator.Body("Kept", new JsonObject { ["recurrenceInterval"] = "PT1H" }));
            await BatchHttp.ExpectStatusAsync(create, HttpStatusCode.Created);
            using var terminate = await http.PostAsync("/jobs/kept:job-1/terminate");
            await BatchHttp.ExpectStatusAsync(terminate, HttpStatusCode.Accepted);
            etag = BatchHttp.ETagOf(create);
        }
        clock.Advance(TimeSpan.FromHours(1));
        await using var second = await BatchEmulator.StartAsync(options);
        using var again = new BatchHttp(second.Endpoint, second.AccountName, second.AccountKey);

        var deadline = DateTime.UtcNow.AddSeconds(10);
        JsonObject schedule;
        do
        {
            schedule = await again.GetJsonAsync("/jobschedules/kept");
        }
        while ((string?)schedule["executionInfo"]!["recentJob"]!["id"] != "Kept:job-2" && DateTime.UtcNow < deadline);
        Assert.Equal("Kept:job-2", (string?)schedule["executionInfo"]!["recentJob"]!["id"]);
        Assert.Equal(etag, (string?)schedule["eTag"]);
        var jobs = (JsonArray)(await again.GetJsonAsync("/jobschedules/kept/jobs"))["value"]!;
        Assert.Equal(["Kept:job-1", "Kept:job-2"], jobs.Select(j => (string)j!["id"]!));
    }
}
