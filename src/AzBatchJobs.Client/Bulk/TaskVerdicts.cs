using System;
using System.Collections.Generic;

namespace AzBatchJobs.Client.Bulk;

/// <summary>Matches an answer's per-task results to the tasks sent, by task id (compared as the service
/// compares ids, ignoring case; when an id appears more than once, its last result counts).</summary>
internal static class TaskVerdicts
{
    /// <summary>The result for each task, by the task's position; null where the answer has none. The
    /// service usually answers in the request's order, which is checked in one pass (the ids sent are
    /// distinct, so an answer in the same order holds each once); only another order pays for an index.</summary>
    public static IReadOnlyList<TaskAddItemResult?> Align(IReadOnlyList<PendingTask> tasks, IReadOnlyList<TaskAddItemResult> results)
    {
        if (InSameOrder(tasks, results))
        {
            return results;
        }

        var byId = new Dictionary<string, TaskAddItemResult>(StringComparer.OrdinalIgnoreCase);
        foreach (var result in results)
        {
            if (result.TaskId != null)
            {
                byId[result.TaskId] = result;
            }
        }

        var aligned = new TaskAddItemResult?[tasks.Count];
        for (int i = 0; i < tasks.Count; i++)
        {
            aligned[i] = byId.TryGetValue(tasks[i].Id, out var result) ? result : null;
        }

        return aligned;
    }

    private static bool InSameOrder(IReadOnlyList<PendingTask> tasks, IReadOnlyList<TaskAddItemResult> results)
    {
        if (tasks.Count != results.Count)
        {
            return false;
        }

        for (int i = 0; i < tasks.Count; i++)
        {
            if (!string.Equals(tasks[i].Id, results[i].TaskId, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
