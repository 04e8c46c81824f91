using AzBatchJobs.Client.Bulk;
using AzBatchJobs.Client.Models;
using AzBatchJobs.Cmdlets;

namespace AzBatchJobs.Tests.Bulk;

public sealed class TaskFeedTests
{
    private static BatchTaskCreateOptions Task(string id) => new() { Id = id, CommandLine = "x" };

    [Fact]
    public async Task A_full_feed_refuses_and_wakes_the_producer_once_the_engine_has_read()
    {
        var wakeUps = 0;
        var feed = new TaskFeed(2, () => Interlocked.Increment(ref wakeUps));
        Assert.True(feed.TryAdd(Task("a")));
        Assert.True(feed.TryAdd(Task("b")));
        Assert.False(feed.TryAdd(Task("c")));
        Assert.Equal(2, feed.Unread);

        await using var reader = feed.ReadAllAsync().GetAsyncEnumerator();
        Assert.True(await reader.MoveNextAsync());
        Assert.Equal("a", reader.Current.Id);
        Assert.Equal(1, wakeUps);
        Assert.True(feed.TryAdd(Task("c")));
        Assert.True(await reader.MoveNextAsync());
        Assert.Equal(1, wakeUps);
    }

    [Fact]
    public async Task The_stream_yields_every_task_in_order_and_ends_when_completed()
    {
        var feed = new TaskFeed(10, () => { });
        var reading = Collect(feed.ReadAllAsync());
        foreach (var id in new[] { "1", "2", "3" }) Assert.True(feed.TryAdd(Task(id)));
        feed.Complete();
        Assert.Equal(new[] { "1", "2", "3" }, await reading.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Throws<InvalidOperationException>(() => feed.TryAdd(Task("4")));
    }

    [Fact]
    public async Task A_waiting_reader_ends_when_cancelled_and_leaves_the_rest_unread()
    {
        var feed = new TaskFeed(10, () => { });
        using var cancellation = new CancellationTokenSource();
        var reading = Collect(feed.ReadAllAsync(cancellation.Token));
        cancellation.Cancel();
        Assert.Empty(await reading.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.True(feed.TryAdd(Task("late")));
        Assert.Equal(1, feed.Unread);
    }

    [Fact]
    public void The_stopped_summary_counts_every_status_and_names_unknown_tasks()
    {
        var tally = new SubmissionTally();
        foreach (var (id, status) in new[] { ("a", BatchTaskSubmitStatus.Added), ("b", BatchTaskSubmitStatus.Added), ("c", BatchTaskSubmitStatus.Failed),
                     ("d", BatchTaskSubmitStatus.Unknown), ("e", BatchTaskSubmitStatus.NotSubmitted), ("f", BatchTaskSubmitStatus.AlreadyExisted) })
            tally.Count(new BatchTaskSubmitOutcome { TaskId = id, Status = status });
        var summary = tally.StoppedSummary("job1", neverRead: 4);
        Assert.Contains("Job 'job1': 2 added, 1 already existed, 1 failed, 1 unknown, 5 not submitted.", summary);
        Assert.Contains("check with Get-BatchTask): d.", summary);
    }

    private static async Task<List<string>> Collect(IAsyncEnumerable<BatchTaskCreateOptions> tasks)
    {
        var ids = new List<string>();
        await foreach (var task in tasks) ids.Add(task.Id!);
        return ids;
    }
}
