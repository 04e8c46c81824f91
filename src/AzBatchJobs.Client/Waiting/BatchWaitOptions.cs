using System;

namespace AzBatchJobs.Client;

/// <summary>How <see cref="BatchClient.WaitForTasksAsync"/> and <see cref="BatchClient.WaitForJobTasksAsync"/> poll.</summary>
public sealed class BatchWaitOptions
{
    /// <summary>Time between checks (default 2 seconds); must be greater than zero.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long to wait at most; null waits until done or cancelled. Must not be negative.</summary>
    public TimeSpan? Timeout { get; set; }

    internal void Validate()
    {
        if (PollInterval <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(PollInterval), PollInterval, "PollInterval must be greater than zero.");
        if (Timeout < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(Timeout), Timeout, "Timeout must not be negative.");
    }
}
