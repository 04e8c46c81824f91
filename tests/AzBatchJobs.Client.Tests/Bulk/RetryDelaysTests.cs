using AzBatchJobs.Client.Bulk;

namespace AzBatchJobs.Client.Tests.Bulk;

public class RetryDelaysTests
{
    private readonly RetryDelays delays = new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), new Random(7));

    [Fact]
    public void Retry_After_is_honoured_and_spread_so_waiters_do_not_wake_together()
    {
        var waits = Enumerable.Range(0, 200).Select(_ => delays.AfterRetryAfter(TimeSpan.FromSeconds(1))).ToList();

        Assert.All(waits, w => Assert.InRange(w, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1.2)));
        Assert.True(waits.Max() - waits.Min() > TimeSpan.FromMilliseconds(150), $"spread {waits.Max() - waits.Min()}");
        Assert.True(waits.Distinct().Count() > 150);
    }

    [Fact]
    public void Request_backoff_doubles_from_the_initial_delay_with_jitter_up_to_the_maximum()
    {
        Assert.InRange(delays.AfterRequestFailure(1), TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1));
        Assert.InRange(delays.AfterRequestFailure(3), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4));
        Assert.InRange(delays.AfterRequestFailure(12), TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void A_task_the_service_answered_servererror_for_is_retried_sooner()
    {
        Assert.InRange(delays.AfterTaskFailure(1), TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(100));
        Assert.InRange(delays.AfterTaskFailure(4), TimeSpan.FromMilliseconds(400), TimeSpan.FromMilliseconds(800));
        var quick = new RetryDelays(TimeSpan.FromMilliseconds(10), TimeSpan.FromSeconds(1), new Random(1));
        Assert.InRange(quick.AfterTaskFailure(1), TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(10));
    }
}
