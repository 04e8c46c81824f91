using AzBatchJobs.Client.Bulk;

namespace AzBatchJobs.Client.Tests.Bulk;

public class ServiceReachabilityTests
{
    private TimeSpan now = TimeSpan.FromSeconds(100);

    [Fact]
    public void Opens_after_three_failures_in_a_row_and_the_timeout_without_an_answer()
    {
        using var breaker = new ServiceReachability(TimeSpan.FromSeconds(10), () => now);
        breaker.TransportFailed("refused");
        breaker.TransportFailed("refused");
        now += TimeSpan.FromSeconds(11);
        breaker.TransportFailed("refused");
        Assert.True(breaker.Opened.IsCancellationRequested);
        Assert.Contains("could not be reached for 11.0 s", breaker.Reason);
        Assert.Contains("3 requests in a row", breaker.Reason);
        Assert.Contains("refused", breaker.Reason);
    }

    [Fact]
    public void An_answer_of_any_kind_keeps_it_closed()
    {
        using var breaker = new ServiceReachability(TimeSpan.FromSeconds(10), () => now);
        for (int i = 0; i < 10; i++)
        {
            breaker.TransportFailed("reset");
            breaker.TransportFailed("reset");
            now += TimeSpan.FromSeconds(5);
            breaker.Answered();
        }

        breaker.TransportFailed("reset");
        breaker.TransportFailed("reset");
        now += TimeSpan.FromSeconds(20);
        breaker.TransportFailed("reset");
        Assert.True(breaker.IsOpen);
    }

    [Fact]
    public void Failures_shorter_than_the_timeout_do_not_open_it()
    {
        using var breaker = new ServiceReachability(TimeSpan.FromSeconds(10), () => now);
        for (int i = 0; i < 50; i++)
        {
            breaker.TransportFailed("refused");
            now += TimeSpan.FromMilliseconds(100);
        }

        Assert.False(breaker.IsOpen);
    }

    [Fact]
    public async Task Opens_on_time_even_when_no_request_fails_at_that_moment()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var breaker = new ServiceReachability(TimeSpan.FromMilliseconds(100), () => clock.Elapsed);
        for (int i = 0; i < 3; i++)
        {
            breaker.TransportFailed("refused");
        }

        Assert.False(breaker.IsOpen);
        await Task.Delay(Timeout.Infinite, breaker.Opened).ContinueWith(_ => { }).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(breaker.IsOpen);
    }
}
