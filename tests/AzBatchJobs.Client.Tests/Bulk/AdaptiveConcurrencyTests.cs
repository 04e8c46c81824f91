using System.Diagnostics;
using AzBatchJobs.Client.Bulk;

namespace AzBatchJobs.Client.Tests.Bulk;

public class AdaptiveConcurrencyTests
{
    private TimeSpan now = TimeSpan.FromSeconds(100);

    private AdaptiveConcurrency Limiter(int max) => new(max, () => now, () => 0.5);

    [Fact]
    public async Task A_throttle_halves_the_limit_once_per_round_down_to_one()
    {
        var limiter = Limiter(8);
        var firstRound = new List<RequestLease>();
        for (int i = 0; i < 8; i++)
        {
            firstRound.Add(await limiter.AcquireAsync(default));
        }

        now += TimeSpan.FromMilliseconds(10);
        limiter.Complete(firstRound[0], AttemptSignal.Throttled, null);
        limiter.Complete(firstRound[1], AttemptSignal.Neutral, null);
        limiter.Complete(firstRound[2], AttemptSignal.Throttled, null);
        Assert.Equal(4, limiter.Limit);
        foreach (var lease in firstRound.Skip(3))
        {
            limiter.Complete(lease, AttemptSignal.Neutral, null);
        }

        // A request sent after the decrease may lower it again.
        now += TimeSpan.FromMilliseconds(10);
        var later = await limiter.AcquireAsync(default);
        limiter.Complete(later, AttemptSignal.Throttled, null);
        Assert.Equal(2, limiter.Limit);
        for (int i = 0; i < 3; i++)
        {
            now += TimeSpan.FromMilliseconds(10);
            limiter.Complete(await AcquireUnpausedAsync(limiter), AttemptSignal.Throttled, null);
        }

        Assert.Equal(1, limiter.Limit);
    }

    [Fact]
    public async Task Successes_add_one_per_round_up_to_the_maximum()
    {
        var limiter = Limiter(4);
        var lease = await limiter.AcquireAsync(default);
        now += TimeSpan.FromMilliseconds(1);
        limiter.Complete(lease, AttemptSignal.Throttled, null);
        Assert.Equal(2, limiter.Limit);

        limiter.Complete(await limiter.AcquireAsync(default), AttemptSignal.Succeeded, null);
        Assert.Equal(2, limiter.Limit);
        limiter.Complete(await limiter.AcquireAsync(default), AttemptSignal.Succeeded, null);
        Assert.Equal(3, limiter.Limit);
        for (int i = 0; i < 20; i++)
        {
            limiter.Complete(await limiter.AcquireAsync(default), AttemptSignal.Succeeded, null);
        }

        Assert.Equal(4, limiter.Limit);
    }

    [Fact]
    public async Task Acquiring_waits_while_the_limit_is_taken()
    {
        var limiter = Limiter(2);
        var first = await limiter.AcquireAsync(default);
        await limiter.AcquireAsync(default);

        var third = limiter.AcquireAsync(default);
        await Task.Delay(20);
        Assert.False(third.IsCompleted);
        limiter.Complete(first, AttemptSignal.Succeeded, null);
        await third.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, limiter.InFlight);
    }

    [Fact]
    public async Task Throttles_in_a_row_pause_every_new_request_for_the_Retry_After()
    {
        var clock = Stopwatch.StartNew();
        var limiter = new AdaptiveConcurrency(4, () => clock.Elapsed, () => 0.5);
        var a = await limiter.AcquireAsync(default);
        var b = await limiter.AcquireAsync(default);
        limiter.Complete(a, AttemptSignal.Throttled, TimeSpan.FromMilliseconds(300));
        var stray = Stopwatch.StartNew();
        limiter.Complete(await limiter.AcquireAsync(default), AttemptSignal.Succeeded, null);
        Assert.True(stray.Elapsed < TimeSpan.FromMilliseconds(250), "a single throttle must not pause");

        limiter.Complete(b, AttemptSignal.Throttled, TimeSpan.FromMilliseconds(300));
        limiter.Complete(await limiter.AcquireAsync(default), AttemptSignal.Throttled, TimeSpan.FromMilliseconds(300));
        var paused = Stopwatch.StartNew();
        await limiter.AcquireAsync(default);

        Assert.True(paused.Elapsed >= TimeSpan.FromMilliseconds(290), $"resumed after {paused.Elapsed}");
    }

    private async Task<RequestLease> AcquireUnpausedAsync(AdaptiveConcurrency limiter)
    {
        // Throttles in a row pause the limiter on its clock; this test's clock moves only by hand.
        now += TimeSpan.FromSeconds(2);
        return await limiter.AcquireAsync(default);
    }
}
