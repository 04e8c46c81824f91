using System;

namespace AzBatchJobs.Client.Bulk;

/// <summary>An input task on its way through the engine, with what the engine knows of its fate so far.</summary>
internal sealed class PendingTask
{
    public PendingTask(string id, byte[] json, long inputIndex)
    {
        Id = id;
        Json = json;
        InputIndex = inputIndex;
    }

    public string Id { get; }

    public byte[] Json { get; }

    public long InputIndex { get; }

    /// <summary>Requests that carried this task so far.</summary>
    public int Attempts { get; set; }

    /// <summary>Requests carrying this task that failed as a whole (no answer, 5xx, throttled, no connection):
    /// the exponent of its backoff, which per-task failures do not raise.</summary>
    public int RequestFailures { get; set; }

    /// <summary>Answers that failed this task alone (servererror, or no result for it).</summary>
    public int TaskFailures { get; set; }

    /// <summary>When the task was first sent, on the local clock.</summary>
    public DateTimeOffset? FirstSentAt { get; set; }

    /// <summary>A request carrying this task went unanswered (or the answer was unreliable), so the service may hold it.</summary>
    public bool MayHaveBeenAdded { get; set; }

    /// <summary>The task's outcome has been reported.</summary>
    public bool Resolved { get; set; }

    /// <summary>Who is responsible for the task now: the list of the worker that took it, or the retry queue.
    /// A worker stopped by cancellation reports only the tasks it still owns.</summary>
    public object? Owner { get; set; }

    public string? LastErrorCode { get; set; }

    public string? LastErrorMessage { get; set; }
}
