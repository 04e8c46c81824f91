using System;
using System.Threading;
using System.Threading.Tasks;

namespace AzBatchJobs.Client.Bulk;

/// <summary>
/// The number of requests the engine may have in flight, adapted to throttling (AIMD): a 429 or 503 halves
/// the limit, at most once per round of requests (only a request sent after the last decrease can lower it
/// again); each 2xx answer adds 1/limit, so the limit grows back by one per round, up to the configured
/// maximum. Throttled answers in a row (a storm, not a stray 429) also pause every new request for the
/// Retry-After, and each waiter resumes at its own jittered moment.
/// </summary>
internal sealed class AdaptiveConcurrency
{
    private static readonly TimeSpan PauseWithoutRetryAfter = TimeSpan.FromSeconds(1);

    private readonly object gate = new object();
    private readonly int max;
    private readonly Func<TimeSpan> clock;
    private readonly Func<double> random;
    private double limit;
    private int inFlight;
    private TimeSpan lastDecrease = TimeSpan.MinValue;
    private TimeSpan pausedUntil = TimeSpan.MinValue;
    private TimeSpan pauseLength;
    private bool lastWasThrottled;
    private TaskCompletionSource<bool> changed = Signals.New();

    public AdaptiveConcurrency(int max, Func<TimeSpan> clock, Func<double> random)
    {
        this.max = max;
        this.clock = clock;
        this.random = random;
        limit = max;
    }

    /// <summary>The current limit (1 to the maximum).</summary>
    public int Limit
    {
        get
        {
            lock (gate)
            {
                return (int)limit;
            }
        }
    }

    public int InFlight
    {
        get
        {
            lock (gate)
            {
                return inFlight;
            }
        }
    }

    /// <summary>Waits for room under the limit (and for the end of a pause), then takes it.</summary>
    public async Task<RequestLease> AcquireAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Task wait;
            lock (gate)
            {
                var now = clock();
                if (now < pausedUntil)
                {
                    var jitter = TimeSpan.FromTicks((long)(pauseLength.Ticks * RetryDelays.RetryAfterSpread * random()));
                    wait = Task.Delay(pausedUntil - now + jitter, cancellationToken);
                }
                else if (inFlight < (int)limit)
                {
                    inFlight++;
                    return new RequestLease(now);
                }
                else
                {
                    wait = changed.Task;
                }
            }

            await Signals.WaitAsync(wait, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Gives the room back and learns from how the request went.</summary>
    public void Complete(RequestLease lease, AttemptSignal signal, TimeSpan? retryAfter)
    {
        TaskCompletionSource<bool> wake;
        lock (gate)
        {
            inFlight--;
            var now = clock();
            if (signal == AttemptSignal.Throttled)
            {
                if (lease.SentAt >= lastDecrease)
                {
                    limit = Math.Max(1, limit / 2);
                    lastDecrease = now;
                }

                if (lastWasThrottled)
                {
                    pauseLength = retryAfter ?? PauseWithoutRetryAfter;
                    var until = now + pauseLength;
                    pausedUntil = until > pausedUntil ? until : pausedUntil;
                }
            }
            else if (signal == AttemptSignal.Succeeded)
            {
                limit = Math.Min(max, limit + 1 / Math.Floor(limit));
            }

            lastWasThrottled = signal == AttemptSignal.Throttled;
            wake = changed;
            changed = Signals.New();
        }

        wake.TrySetResult(true);
    }

}

/// <summary>Room for one request under <see cref="AdaptiveConcurrency"/>; give it back with Complete.</summary>
internal sealed class RequestLease
{
    public RequestLease(TimeSpan sentAt)
    {
        SentAt = sentAt;
    }

    /// <summary>When the room was taken (the limiter's clock).</summary>
    public TimeSpan SentAt { get; }
}
