using System;

namespace AzBatchJobs.Client;

/// <summary>How the WaitFor* methods of <see cref="BatchClient"/> poll.</summary>
public sealed class BatchWaitOptions
{
    /// <summary>The shortest time allowed between checks, in seconds.</summary>
    public const int MinimumPollIntervalSeconds = 1;

    /// <summary>The shortest time allowed between checks.</summary>
    public static readonly TimeSpan MinimumPollInterval = TimeSpan.FromSeconds(MinimumPollIntervalSeconds);

    /// <summary>Time between checks (default 2 seconds); at least <see cref="MinimumPollInterval"/>.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long to wait at most; null waits until done or cancelled. Must not be negative.</summary>
    public TimeSpan? Timeout { get; set; }

    internal void Validate()
    {
        if (PollInterval < MinimumPollInterval)
            throw new ArgumentOutOfRangeException(nameof(PollInterval), PollInterval, $"PollInterval must be at least {MinimumPollIntervalSeconds} second.");
        if (Timeout < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(Timeout), Timeout, "Timeout must not be negative.");
    }
}
