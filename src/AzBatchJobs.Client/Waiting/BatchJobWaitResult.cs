using System;
using System.Collections.Generic;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Client;

/// <summary>What <see cref="BatchClient.WaitForJobTasksAsync"/> or <see cref="BatchClient.WaitForJobCompletionAsync"/> saw last.</summary>
public sealed class BatchJobWaitResult
{
    public string? JobId { get; set; }

    /// <summary>The job's state (a <see cref="BatchJobState"/> value).</summary>
    public string? State { get; set; }

    public BatchTaskCounts? TaskCounts { get; set; }

    /// <summary>True when the timeout came before what was waited for (the tasks done, or the job completed).</summary>
    public bool TimedOut { get; set; }

    /// <summary>True when the wait ended without a timeout and no task of the job failed.</summary>
    public bool Succeeded => !TimedOut && (TaskCounts?.Failed ?? 0) == 0;

    /// <summary>Why the job could not make progress, as seen while waiting (a disabled job, a failed preparation task...).</summary>
    public IReadOnlyList<string> Warnings { get; set; } = Array.Empty<string>();

    public TimeSpan Elapsed { get; set; }
}
