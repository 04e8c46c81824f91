using Microsoft.Extensions.Time.Testing;

namespace AzBatchJobs.Emulator.Tests.JobSchedules;

/// <summary>
/// An in-memory emulator (no task slots) whose job schedules follow a fake clock the tests advance,
/// so that hours of schedule pass in no time. Tests in a class share it and use their own ids.
/// </summary>
public sealed class ScheduleEmulator : IAsyncLifetime
{
    private BatchEmulator? _emulator;
    private BatchHttp? _http;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public BatchEmulator Emulator => _emulator!;

    internal BatchHttp Http => _http!;

    public async Task InitializeAsync()
    {
        _emulator = await BatchEmulator.StartAsync(new EmulatorOptions { Slots = 0, Port = 0, InMemory = true, Clock = Clock });
        _http = new BatchHttp(_emulator.Endpoint, _emulator.AccountName, _emulator.AccountKey);
    }

    public async Task DisposeAsync()
    {
        _http?.Dispose();
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }

    public DateTime Now => Clock.GetUtcNow().UtcDateTime;

    public static string Time(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A create body: the given schedule, and a job specification on pool "pool1".</summary>
    public static JsonObject Body(string id, JsonObject? schedule = null, JsonObject? jobSpecification = null) => new()
    {
        ["id"] = id,
        ["schedule"] = schedule ?? new JsonObject(),
        ["jobSpecification"] = jobSpecification ?? new JsonObject { ["poolInfo"] = new JsonObject { ["poolId"] = "pool1" } },
    };

    internal async Task CreateAsync(string id, JsonObject? schedule = null, JsonObject? jobSpecification = null)
    {
        using var response = await Http.PostAsync("/jobschedules", Body(id, schedule, jobSpecification));
        await BatchHttp.ExpectStatusAsync(response, HttpStatusCode.Created);
    }

    internal Task<JsonObject> GetAsync(string id) => Http.GetJsonAsync($"/jobschedules/{id}");

    /// <summary>The ids of the schedule's jobs, in the order listed.</summary>
    internal async Task<string[]> JobIdsAsync(string id)
    {
        var list = await Http.GetJsonAsync($"/jobschedules/{id}/jobs");
        return ((JsonArray)list["value"]!).Select(job => (string)job!["id"]!).ToArray();
    }

    internal async Task TerminateJobAsync(string jobId)
    {
        using var response = await Http.PostAsync($"/jobs/{Uri.EscapeDataString(jobId)}/terminate");
        await BatchHttp.ExpectStatusAsync(response, HttpStatusCode.Accepted);
    }

    /// <summary>Reads the schedule until <paramref name="done"/> holds (the runner reacts to job changes and the clock on its own thread).</summary>
    internal async Task<JsonObject> WaitForAsync(string id, Func<JsonObject, bool> done, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var schedule = await GetAsync(id);
            if (done(schedule))
            {
                return schedule;
            }
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting for {what}: {schedule.ToJsonString()}");
            await Task.Delay(20);
        }
    }

    internal Task<JsonObject> WaitForRecentJobAsync(string id, string jobId) =>
        WaitForAsync(id, s => (string?)s["executionInfo"]?["recentJob"]?["id"] == jobId, $"job {jobId}");

    internal Task<JsonObject> WaitForStateAsync(string id, string state) =>
        WaitForAsync(id, s => (string?)s["state"] == state, $"state {state}");
}
