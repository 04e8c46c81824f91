using System;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Client;

/// <summary>What <see cref="BatchClient.WaitForJobTasksAsync"/> saw last: the job's state and its task counts.</summary>
public sealed class BatchJobWaitResult
{
    public string? JobId { get; set; }
    public string? State { get; set; }
    public BatchTaskCounts? TaskCounts { get; set; }

    /// <summary>True when every task had completed (none active or running); false when the timeout came first.</summary>
    public bool TasksCompleted { get; set; }

    public TimeSpan Elapsed { get; set; }
}
