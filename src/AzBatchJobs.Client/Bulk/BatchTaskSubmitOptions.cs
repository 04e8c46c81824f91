using System;

namespace AzBatchJobs.Client.Bulk;

/// <summary>Tuning for a bulk task submission. The defaults suit most uses.</summary>
public sealed class BatchTaskSubmitOptions
{
    /// <summary>Add-collection requests in flight at once (1-64). Default 4.</summary>
    public int MaxParallelRequests { get; set; } = 4;

    /// <summary>How many more times the engine sends a task after a per-task server error, a throttled or
    /// failed request, or a request whose outcome is unknown (0-20). Default 8. The engine sends each request
    /// once through the client's pipeline (BatchClientOptions.Retry does not apply to it, except NetworkTimeout)
    /// and makes every retry decision itself.</summary>
    public int MaxRetries { get; set; } = 8;

    /// <summary>The first backoff delay after a failed request; it doubles per retry, with jitter. Default 1 s.
    /// A task the service answered servererror for is retried sooner (from 100 ms, or this if shorter).</summary>
    public TimeSpan InitialRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest backoff delay (a Retry-After from the service is honoured as given). Default 30 s.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the service may go without answering any request (connections refused, names not
    /// resolved, timeouts) before the submission stops sending: the tasks not yet added are then reported
    /// NotSubmitted (Unknown if an unanswered request carried them) and BatchServiceUnreachableException is
    /// thrown after the last outcome. Default 10 s; zero stops after three such failures in a row.</summary>
    public TimeSpan UnreachableTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Receives progress snapshots, on the thread that enumerates the outcomes.</summary>
    public IProgress<BatchTaskSubmitProgress>? Progress { get; set; }

    /// <summary>Least time between two progress reports. Default 250 ms.</summary>
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The number of input tasks, when the caller knows it and the input is not a collection:
    /// used for progress and to size the set of ids once.</summary>
    public long? ExpectedCount { get; set; }

    internal void Validate()
    {
        if (MaxParallelRequests < 1 || MaxParallelRequests > 64)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxParallelRequests), MaxParallelRequests,
                "MaxParallelRequests must be between 1 and 64.");
        }

        if (MaxRetries < 0 || MaxRetries > 20)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRetries), MaxRetries, "MaxRetries must be between 0 and 20.");
        }

        if (InitialRetryDelay < TimeSpan.Zero || MaxRetryDelay < InitialRetryDelay)
        {
            throw new ArgumentOutOfRangeException(nameof(InitialRetryDelay), InitialRetryDelay,
                "InitialRetryDelay must be zero or more and no longer than MaxRetryDelay.");
        }

        if (UnreachableTimeout < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(UnreachableTimeout), UnreachableTimeout, "UnreachableTimeout must be zero or more.");
        }

        if (ProgressInterval < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(ProgressInterval), ProgressInterval, "ProgressInterval must be zero or more.");
        }

        if (ExpectedCount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(ExpectedCount), ExpectedCount, "ExpectedCount must be zero or more.");
        }
    }
}
