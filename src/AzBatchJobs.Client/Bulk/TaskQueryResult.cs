using System;
using System.Collections.Generic;

namespace AzBatchJobs.Client.Bulk;

/// <summary>The answer to a query about tasks of the job (a listing by ids, or a GET of one task): the
/// tasks found with their creationTime, or why there is no answer.</summary>
internal sealed class TaskQueryResult
{
    private static readonly IReadOnlyDictionary<string, DateTimeOffset?> None =
        new Dictionary<string, DateTimeOffset?>(StringComparer.OrdinalIgnoreCase);

    private TaskQueryResult()
    {
    }

    /// <summary>True when the service answered the query; Found then holds every task it matched.</summary>
    public bool Answered { get; private set; }

    /// <summary>Task id (case-insensitive) to creationTime, on the service's clock.</summary>
    public IReadOnlyDictionary<string, DateTimeOffset?> Found { get; private set; } = None;

    /// <summary>The service's clock when it answered (the Date header), to relate its clock to ours.</summary>
    public DateTimeOffset? ServiceTime { get; private set; }

    /// <summary>The HTTP status; 0 when no answer came (transport failure).</summary>
    public int Status { get; private set; }

    /// <summary>False when asking again cannot help (a 4xx such as JobNotFound).</summary>
    public bool Retriable { get; private set; }

    public TimeSpan? RetryAfter { get; private set; }

    public string? ErrorMessage { get; private set; }

    public static TaskQueryResult Listed(IReadOnlyDictionary<string, DateTimeOffset?> found, DateTimeOffset? serviceTime) =>
        new TaskQueryResult { Answered = true, Found = found, ServiceTime = serviceTime, Status = 200 };

    public static TaskQueryResult Failed(int status, string message, bool retriable, TimeSpan? retryAfter = null) =>
        new TaskQueryResult { Status = status, ErrorMessage = message, Retriable = retriable, RetryAfter = retryAfter };
}
