using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;

namespace AzBatchJobs.Client.Bulk;

/// <summary>
/// The engine's circuit breaker. It opens when the service has not answered anything for UnreachableTimeout
/// (counted from the start or its last answer of any kind) and the last <see cref="FailuresToOpen"/> or more
/// requests got no answer at all (no connection, reset, timeout). It opens at that moment even if no request
/// is failing just then, and stays open: <see cref="Opened"/> is cancelled, so that every wait ends at once
/// and the submission stops sending.
/// </summary>
internal sealed class ServiceReachability : IDisposable
{
    public const int FailuresToOpen = 3;

    private readonly object gate = new object();
    private readonly TimeSpan unreachableAfter;
    private readonly Func<TimeSpan> clock;
    private readonly CancellationTokenSource opened = new CancellationTokenSource();
    private readonly CancellationTokenSource disposed = new CancellationTokenSource();
    private TimeSpan lastAnswer;
    private int failuresInRow;
    private string? lastFailure;
    private bool checkScheduled;

    public ServiceReachability(TimeSpan unreachableAfter, Func<TimeSpan> clock)
    {
        this.unreachableAfter = unreachableAfter;
        this.clock = clock;
        lastAnswer = clock();
    }

    /// <summary>Cancelled when the breaker opens.</summary>
    public CancellationToken Opened => opened.Token;

    public bool IsOpen => opened.IsCancellationRequested;

    /// <summary>Why the breaker opened, for outcomes and the final error.</summary>
    public string Reason { get; private set; } = string.Empty;

    /// <summary>The service answered (any HTTP status): it is reachable.</summary>
    public void Answered()
    {
        lock (gate)
        {
            lastAnswer = clock();
            failuresInRow = 0;
        }
    }

    /// <summary>A request got no answer at all.</summary>
    public void TransportFailed(string message)
    {
        lock (gate)
        {
            failuresInRow++;
            lastFailure = message;
        }

        Check();
    }

    public void Dispose()
    {
        disposed.Cancel();
        opened.Dispose();
        disposed.Dispose();
    }

    private void Check()
    {
        TimeSpan wait;
        lock (gate)
        {
            if (Reason.Length > 0 || failuresInRow < FailuresToOpen)
            {
                return;
            }

            var silent = clock() - lastAnswer;
            if (silent >= unreachableAfter)
            {
                Reason = string.Format(CultureInfo.InvariantCulture,
                    "The Batch service could not be reached for {0:F1} s: {1} requests in a row got no answer (the last: {2}).",
                    silent.TotalSeconds, failuresInRow, lastFailure);
                wait = TimeSpan.Zero;
            }
            else if (checkScheduled)
            {
                return;
            }
            else
            {
                checkScheduled = true;
                wait = unreachableAfter - silent;
            }
        }

        if (wait == TimeSpan.Zero)
        {
            // Outside the lock: cancelling runs the waits' continuations.
            opened.Cancel();
        }
        else
        {
            _ = CheckLaterAsync(wait);
        }
    }

    private async Task CheckLaterAsync(TimeSpan wait)
    {
        try
        {
            await Task.Delay(wait, disposed.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        lock (gate)
        {
            checkScheduled = false;
        }

        Check();
    }
}
