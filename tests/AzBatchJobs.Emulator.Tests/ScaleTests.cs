using System.Diagnostics;
using Xunit.Abstractions;

namespace AzBatchJobs.Emulator.Tests;

/// <summary>
/// Many tasks in one job, through add-collection (100 per request, 4 requests in parallel) on a durable
/// data directory. The normal run uses 20 000 tasks; set AZBJ_SCALE_TASKS=1000000 to run the 1M check:
///   AZBJ_SCALE_TASKS=1000000 dotnet test tests/AzBatchJobs.Emulator.Tests --filter Category=Scale
/// </summary>
[Trait("Category", "Scale")]
public sealed class ScaleTests
{
    private readonly ITestOutputHelper _output;

    public ScaleTests(ITestOutputHelper output) => _output = output;

    private static int TaskCount =>
        int.TryParse(Environment.GetEnvironmentVariable("AZBJ_SCALE_TASKS"), out int n) && n > 0 ? n : 20_000;

    [Fact]
    public async Task Many_tasks_in_one_job_are_added_counted_and_read_without_scanning()
    {
        int total = TaskCount - TaskCount % 100;
        using var data = new TempDirectory();
        await using var emulator = await BatchEmulator.StartAsync(new EmulatorOptions { Slots = 0, Port = 0, DataDirectory = data.Path });
        using var http = new BatchHttp(emulator.Endpoint, emulator.AccountName, emulator.AccountKey);
        await http.CreateJobAsync("big");

        int nextBatch = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            int batch;
            while ((batch = Interlocked.Increment(ref nextBatch)) < total / 100)
            {
                var results = await http.AddCollectionAsync("big", Enumerable.Range(0, 100).Select(i => BatchHttp.Task($"task-{batch:D7}-{i:D2}", "echo work")));
                Assert.All(results, r => Assert.Equal("success", (string?)r!["status"]));
            }
        })));
        clock.Stop();
        double perSecond = total / clock.Elapsed.TotalSeconds;
        _output.WriteLine($"added {total} tasks in {clock.Elapsed.TotalSeconds:F1} s: {perSecond:F0} tasks/s");

        var countClock = Stopwatch.StartNew();
        var counts = (await http.GetJsonAsync("/jobs/big/taskcounts"))["taskCounts"]!;
        countClock.Stop();
        Assert.Equal(total, (int?)counts["active"]);
        var last = await http.GetJsonAsync($"/jobs/big/tasks/task-{total / 100 - 1:D7}-99");
        Assert.Equal("active", (string?)last["state"]);
        var page = await http.GetJsonAsync("/jobs/big/tasks?maxresults=1000&$select=id,state");
        Assert.Equal(1000, ((JsonArray)page["value"]!).Count);
        Assert.NotNull(page["odata.nextLink"]);

        long managed = GC.GetTotalMemory(forceFullCollection: true);
        _output.WriteLine($"task counts answered in {countClock.Elapsed.TotalMilliseconds:F1} ms; managed heap after: {managed / 1024 / 1024} MB; " +
            $"database: {new FileInfo(Path.Combine(data.Path, "batch.db")).Length / 1024 / 1024} MB");
        Assert.True(countClock.Elapsed < TimeSpan.FromSeconds(1), "task counts must not scan the job");
        Assert.True(managed < 400L * 1024 * 1024, $"managed heap {managed / 1024 / 1024} MB: tasks must not be held in memory");
    }
}
