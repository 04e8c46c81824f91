using System;

namespace AzBatchJobs.Client.Bulk;

/// <summary>Tuning for a bulk task submission. The defaults suit most uses.</summary>
public sealed class BatchTaskSubmitOptions
{
    /// <summary>Add-collection requests in flight at once (1-64). Default 4.</summary>
    public int MaxParallelRequests { get; set; } = 4;

    /// <summary>How many more times the engine sends a task after a per-task server error, a throttled
    /// request or a request whose outcome is unknown (0-20). Default 5. These are on top of the
    /// transport retries of the client's pipeline (BatchClientOptions.Retry).</summary>
    public int MaxRetries { get; set; } = 5;

    /// <summary>The first engine-level backoff delay; it doubles per retry, with jitter. Default 1 s.</summary>
    public TimeSpan InitialRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest engine-level backoff delay (a Retry-After from the service is honoured as given). Default 30 s.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

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
