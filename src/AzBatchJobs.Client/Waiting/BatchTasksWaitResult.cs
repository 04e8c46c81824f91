using System.Collections.Generic;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Client;

/// <summary>What <see cref="BatchClient.WaitForTasksAsync"/> saw last.</summary>
public sealed class BatchTasksWaitResult
{
    public BatchTasksWaitResult(IReadOnlyList<BatchTask> tasks, IReadOnlyList<(string JobId, string TaskId)> notFound, bool timedOut)
    {
        Tasks = tasks;
        NotFound = notFound;
        TimedOut = timedOut;
    }

    /// <summary>The last read of each task found, in the order given; a task not completed is one the timeout caught.</summary>
    public IReadOnlyList<BatchTask> Tasks { get; }

    /// <summary>The tasks that do not exist.</summary>
    public IReadOnlyList<(string JobId, string TaskId)> NotFound { get; }

    /// <summary>True when the timeout came before every task had completed.</summary>
    public bool TimedOut { get; }
}
