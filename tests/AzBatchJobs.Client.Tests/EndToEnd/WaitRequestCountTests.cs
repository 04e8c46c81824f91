using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Client.Tests.EndToEnd;

/// <summary>
/// How many requests a wait for tasks costs, on a node that runs nothing (so tasks stay active):
/// a check lists a job's unfinished tasks when that is fewer requests than one GET per task.
/// </summary>
public sealed class WaitRequestCountTests : IClassFixture<IdleNodeEmulator>
{
    private static readonly BatchWaitOptions TwoChecks = new() { PollInterval = BatchWaitOptions.MinimumPollInterval, Timeout = TimeSpan.FromSeconds(1.5) };
    private readonly IdleNodeEmulator _emulator;

    public WaitRequestCountTests(IdleNodeEmulator emulator) => _emulator = emulator;

    private async Task<string> JobWithTasksAsync(string prefix, int count)
    {
        var jobId = await _emulator.CreateJobAsync(prefix);
        var tasks = Enumerable.Range(1, count).Select(n => new BatchTaskCreateOptions { Id = $"t{n:D5}", CommandLine = "hostname" });
        await foreach (var _ in _emulator.Client.AddTasksAsync(jobId, tasks)) { }
        return jobId;
    }

    [Fact]
    public async Task Many_tasks_are_checked_by_listing_the_unfinished_ones_a_thousand_a_page()
    {
        var jobId = await JobWithTasksAsync("wait-many", 2500);
        var (client, traces) = _emulator.CreateObservedClient();

        var result = await client.WaitForTasksAsync(Enumerable.Range(1, 2500).Select(n => (jobId, $"t{n:D5}")), TwoChecks);

        Assert.True(result.TimedOut);
        Assert.Equal(2500, result.Tasks.Count);
        var requests = traces.Select(t => Uri.UnescapeDataString(t.Uri.PathAndQuery)).ToList();
        Assert.DoesNotContain(requests, r => r.Contains($"/tasks/t"));
        var checks = requests.Count(r => r.Contains("$filter=state ne 'completed'") && r.Contains("$select=id,state"));
        // Each check: three pages of unfinished tasks; the final read: three pages of whole tasks.
        Assert.InRange(checks, 3, 9);
        Assert.Equal(0, checks % 3);
        Assert.Equal(3, requests.Count(r => r.Contains("/tasks?") && !r.Contains("$filter")));
        Assert.Equal(checks / 3 + 1, requests.Count(r => r.Contains("/taskcounts")));
    }

    [Fact]
    public async Task A_few_tasks_of_a_big_job_are_read_one_by_one()
    {
        var jobId = await JobWithTasksAsync("wait-few", 2500);
        var (client, traces) = _emulator.CreateObservedClient();

        var result = await client.WaitForTasksAsync(new[] { (jobId, "t00001"), (jobId, "t02500") }, TwoChecks);

        Assert.Equal(new[] { "t00001", "t02500" }, result.Tasks.Select(t => t.Id));
        var requests = traces.Select(t => Uri.UnescapeDataString(t.Uri.PathAndQuery)).ToList();
        Assert.DoesNotContain(requests, r => r.Contains("/tasks?"));
        Assert.Contains(requests, r => r.Contains("/tasks/t00001") && r.Contains("$select=id,state"));
    }
}
