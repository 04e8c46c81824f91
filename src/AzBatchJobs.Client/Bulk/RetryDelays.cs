using System;

namespace AzBatchJobs.Client.Bulk;

/// <summary>How long the engine waits before sending tasks again. Every delay has jitter, so requests
/// that failed together do not come back together.</summary>
internal sealed class RetryDelays
{
    /// <summary>First wait after a per-task servererror in an answered request: the service is up, only
    /// that task failed, so it goes out again with the next requests soon.</summary>
    public static readonly TimeSpan FirstTaskRetryDelay = TimeSpan.FromMilliseconds(100);

    /// <summary>How long due retries wait for others to fill a request: 100 ms, or InitialRetryDelay if shorter.</summary>
    public static TimeSpan Gathering(TimeSpan initialRetryDelay) =>
        initialRetryDelay < FirstTaskRetryDelay ? initialRetryDelay : FirstTaskRetryDelay;

    /// <summary>A Retry-After is stretched by up to this fraction, never shortened.</summary>
    public const double RetryAfterSpread = 0.2;

    private readonly TimeSpan initial;
    private readonly TimeSpan max;
    private readonly Random random;

    public RetryDelays(TimeSpan initial, TimeSpan max, Random random)
    {
        this.initial = initial;
        this.max = max;
        this.random = random;
    }

    /// <summary>After a failed request (no answer, 5xx, no connection): exponential from InitialRetryDelay,
    /// capped at MaxRetryDelay, times a random factor in [0.5, 1].</summary>
    public TimeSpan AfterRequestFailure(int retryNumber) => Exponential(initial, retryNumber);

    /// <summary>After a per-task servererror: exponential from the shorter of 100 ms and InitialRetryDelay.</summary>
    public TimeSpan AfterTaskFailure(int retryNumber) =>
        Exponential(initial < FirstTaskRetryDelay ? initial : FirstTaskRetryDelay, retryNumber);

    /// <summary>The service's Retry-After, honoured, plus up to 20% so the slots it stopped wake apart.</summary>
    public TimeSpan AfterRetryAfter(TimeSpan retryAfter) =>
        TimeSpan.FromTicks((long)(retryAfter.Ticks * (1 + RetryAfterSpread * Next())));

    private TimeSpan Exponential(TimeSpan first, int retryNumber)
    {
        double factor = Math.Pow(2, Math.Min(20, Math.Max(0, retryNumber - 1)));
        double capped = Math.Min(max.TotalMilliseconds, first.TotalMilliseconds * factor);
        return TimeSpan.FromMilliseconds(capped * (0.5 + Next() / 2));
    }

    private double Next()
    {
        lock (random)
        {
            return random.NextDouble();
        }
    }
}
