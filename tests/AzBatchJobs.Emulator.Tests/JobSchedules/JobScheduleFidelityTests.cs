using Microsoft.Data.Sqlite;

namespace AzBatchJobs.Emulator.Tests.JobSchedules;

/// <summary>
/// Job schedules answered as the service stores them (durations in days, UTC times, the spec's enum
/// spelling and defaults, no secrets), the auto pool that only a schedule may keep, and listings that
/// survive a broken stored schedule.
/// </summary>
public sealed class JobScheduleFidelityTests : IClassFixture<ScheduleEmulator>
{
    private readonly ScheduleEmulator _emulator;

    public JobScheduleFidelityTests(ScheduleEmulator emulator) => _emulator = emulator;

    private BatchHttp Http => _emulator.Http;

    private static JsonObject AutoPool(string lifetime, JsonArray? userAccounts = null) => new()
    {
        ["autoPoolSpecification"] = new JsonObject
        {
            ["poolLifetimeOption"] = lifetime,
            ["pool"] = new JsonObject { ["vmSize"] = "standard_d2s_v3", ["userAccounts"] = userAccounts ?? [] },
        },
    };

    [Fact]
    public async Task A_schedule_comes_back_as_the_service_stores_it_with_the_job_defaults_and_no_secrets()
    {
        string id = EmulatorFixture.NewId("stored");
        await _emulator.CreateAsync(id, new JsonObject
        {
            ["doNotRunUntil"] = "2031-01-01T02:00:00+02:00",
            ["startWindow"] = "PT90M",
            ["recurrenceInterval"] = "P1M",
        }, new JsonObject
        {
            ["onAllTasksComplete"] = "TerminateJob",
            ["poolInfo"] = AutoPool("JobSchedule", [new JsonObject { ["name"] = "runner", ["password"] = "s3cret-value" }]),
            ["jobManagerTask"] = new JsonObject { ["id"] = "manager", ["commandLine"] = "x" },
        });

        var schedule = await _emulator.GetAsync(id);
        Assert.Equal("2031-01-01T00:00:00.0000000Z P30D PT1H30M",
            $"{schedule["schedule"]!["doNotRunUntil"]} {schedule["schedule"]!["recurrenceInterval"]} {schedule["schedule"]!["startWindow"]}");
        var specification = schedule["jobSpecification"]!;
        Assert.Equal("terminatejob noaction 0", $"{specification["onAllTasksComplete"]} {specification["onTaskFailure"]} {specification["priority"]}");
        Assert.Equal("jobschedule", (string?)specification["poolInfo"]!["autoPoolSpecification"]!["poolLifetimeOption"]);
        var manager = specification["jobManagerTask"]!;
        Assert.Equal("true true 1", $"{manager["runExclusive"]} {manager["killJobOnCompletion"]} {manager["requiredSlots"]}");
        Assert.Equal("pool", (string?)manager["userIdentity"]!["autoUser"]!["scope"]);

        string answers = schedule.ToJsonString() + (await Http.GetJsonAsync("/jobschedules")).ToJsonString();
        Assert.DoesNotContain("s3cret-value", answers);
        Assert.Equal("runner", (string?)specification["poolInfo"]!["autoPoolSpecification"]!["pool"]!["userAccounts"]![0]!["name"]);
        var stored = _emulator.Emulator.Store.GetJobSchedule(id).Doc;
        Assert.Equal("s3cret-value", (string?)stored["jobSpecification"]!["poolInfo"]!["autoPoolSpecification"]!["pool"]!["userAccounts"]![0]!["password"]);
    }

    [Fact]
    public async Task Only_a_schedule_may_keep_an_auto_pool_for_its_lifetime_and_its_jobs_carry_it()
    {
        string id = EmulatorFixture.NewId("lifetime");
        await _emulator.CreateAsync(id, jobSpecification: new JsonObject { ["poolInfo"] = AutoPool("jobschedule") });
        string jobId = $"{id}:job-1";
        var job = await Http.GetJsonAsync($"/jobs/{jobId}");
        Assert.Equal("jobschedule", (string?)job["poolInfo"]!["autoPoolSpecification"]!["poolLifetimeOption"]);

        // A PUT sends the job's pool back unchanged: accepted on the job the schedule made.
        using (var put = await Http.SendAsync(HttpMethod.Put, $"/jobs/{Uri.EscapeDataString(jobId)}",
            new JsonObject { ["priority"] = 3, ["poolInfo"] = job["poolInfo"]!.DeepClone() }))
        {
            await BatchHttp.ExpectStatusAsync(put, HttpStatusCode.OK);
        }

        string plain = EmulatorFixture.NewId("plain");
        using (var create = await Http.PostAsync("/jobs", new JsonObject { ["id"] = plain, ["poolInfo"] = AutoPool("JobSchedule") }))
        {
            await ExpectLifetimeRefusedAsync(create);
        }
        using (var missing = await Http.GetAsync($"/jobs/{plain}"))
        {
            await BatchHttp.ExpectErrorAsync(missing, HttpStatusCode.NotFound, "JobNotFound");
        }
        await Http.CreateJobAsync(plain, new JsonObject { ["poolInfo"] = AutoPool("job") });
        using (var disable = await Http.PostAsync($"/jobs/{plain}/disable", new JsonObject { ["disableTasks"] = "wait" }))
        {
            await BatchHttp.ExpectStatusAsync(disable, HttpStatusCode.Accepted);
        }
        using (var patch = await Http.SendAsync(HttpMethod.Patch, $"/jobs/{plain}", new JsonObject { ["poolInfo"] = AutoPool("jobschedule") }))
        {
            await ExpectLifetimeRefusedAsync(patch);
        }
        using (var replace = await Http.SendAsync(HttpMethod.Put, $"/jobs/{plain}", new JsonObject { ["poolInfo"] = AutoPool("jobschedule") }))
        {
            await ExpectLifetimeRefusedAsync(replace);
        }
        Assert.Equal("job", (string?)(await Http.GetJsonAsync($"/jobs/{plain}"))["poolInfo"]!["autoPoolSpecification"]!["poolLifetimeOption"]);
    }

    private static async Task ExpectLifetimeRefusedAsync(HttpResponseMessage response)
    {
        var error = await BatchHttp.ExpectErrorAsync(response, HttpStatusCode.BadRequest, "InvalidPropertyValue");
        Assert.Equal("poolInfo.autoPoolSpecification.poolLifetimeOption", BatchHttp.ErrorValue(error, "PropertyName"));
        Assert.Equal("JobSchedule", BatchHttp.ErrorValue(error, "PropertyValue"), ignoreCase: true);
    }

    [Fact]
    public async Task A_filter_on_a_state_the_spec_does_not_have_is_refused()
    {
        using var refused = await Http.GetAsync("/jobschedules?$filter=state eq 'bogus'");
        await BatchHttp.ExpectErrorAsync(refused, HttpStatusCode.BadRequest, "InvalidQueryParameterValue");
        using var known = await Http.GetAsync("/jobschedules?$filter=state eq 'completed'");
        await BatchHttp.ExpectStatusAsync(known, HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_schedule_stored_broken_is_listed_and_read_without_the_broken_properties()
    {
        using var data = new TempDirectory();
        await using var emulator = await BatchEmulator.StartAsync(new EmulatorOptions
        {
            Slots = 0, Port = 0, DataDirectory = data.Path, Clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(_emulator.Clock.GetUtcNow()),
        });
        using var http = new BatchHttp(emulator.Endpoint, emulator.AccountName, emulator.AccountKey);
        foreach (string id in new[] { "broken", "fine" })
        {
            using var create = await http.PostAsync("/jobschedules", ScheduleEmulator.Body(id, new JsonObject { ["doNotRunUntil"] = "2099-01-01T00:00:00Z" }));
            await BatchHttp.ExpectStatusAsync(create, HttpStatusCode.Created);
        }
        // As a hand edit or an older emulator would have stored it, behind the API's back.
        using (var db = new SqliteConnection($"Data Source={Path.Combine(data.Path, "batch.db")};Pooling=False"))
        {
            db.Open();
            using var edit = db.CreateCommand();
            edit.CommandText = """UPDATE job_schedules SET doc = json_set(doc, '$.metadata', json('[1]'), '$.jobSpecification.priority', 'high') WHERE key = 'broken'""";
            Assert.Equal(1, edit.ExecuteNonQuery());
        }

        var listed = (JsonArray)(await http.GetJsonAsync("/jobschedules"))["value"]!;
        Assert.Equal(["broken", "fine"], listed.Select(s => (string)s!["id"]!));
        var broken = await http.GetJsonAsync("/jobschedules/broken");
        Assert.Equal("active", (string?)broken["state"]);
        Assert.Null(broken["metadata"]);
        Assert.Null(broken["jobSpecification"]);
        Assert.NotNull(broken["schedule"]);
    }
}
