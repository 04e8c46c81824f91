using System;

namespace AzBatchJobs.Client.Bulk;

/// <summary>A snapshot of a running bulk submission, for Write-Progress and the like.</summary>
public sealed class BatchTaskSubmitProgress
{
    /// <summary>Tasks taken from the input so far.</summary>
    public long Read { get; set; }

    public long Added { get; set; }

    public long AlreadyExisted { get; set; }

    public long Failed { get; set; }

    /// <summary>Tasks reported Unknown or NotSubmitted (after cancellation, or once the service is unreachable).</summary>
    public long Unresolved { get; set; }

    /// <summary>Tasks with an outcome.</summary>
    public long Completed => Added + AlreadyExisted + Failed + Unresolved;

    /// <summary>The number of input tasks, when known (a collection, or BatchTaskSubmitOptions.ExpectedCount).</summary>
    public long? Total { get; set; }

    /// <summary>Total minus Completed, when the total is known.</summary>
    public long? Remaining => Total is long total ? Math.Max(0, total - Completed) : (long?)null;

    public TimeSpan Elapsed { get; set; }

    /// <summary>Completed tasks per second since the start.</summary>
    public double TasksPerSecond => Elapsed.TotalSeconds > 0 ? Completed / Elapsed.TotalSeconds : 0;

    /// <summary>Percent done (0-100) when the total is known, else -1 (Write-Progress's "unknown").</summary>
    public int PercentComplete =>
        Total is long total && total > 0 ? (int)Math.Min(100, Completed * 100 / total) : -1;
}
