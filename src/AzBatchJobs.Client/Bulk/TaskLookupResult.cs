using System;

namespace AzBatchJobs.Client.Bulk;

internal enum TaskLookupKind
{
    Found,
    NotFound,
    Failed,
}

/// <summary>The answer to a GET of one task.</summary>
internal sealed class TaskLookupResult
{
    private TaskLookupResult(TaskLookupKind kind)
    {
        Kind = kind;
    }

    public TaskLookupKind Kind { get; }

    /// <summary>The task's creationTime, on the service's clock.</summary>
    public DateTimeOffset? CreationTime { get; private set; }

    /// <summary>The service's clock when it answered (the Date header), to relate its clock to ours.</summary>
    public DateTimeOffset? ServiceTime { get; private set; }

    public string? ErrorMessage { get; private set; }

    public static TaskLookupResult Found(DateTimeOffset? creationTime, DateTimeOffset? serviceTime) =>
        new TaskLookupResult(TaskLookupKind.Found) { CreationTime = creationTime, ServiceTime = serviceTime };

    public static TaskLookupResult NotFound() => new TaskLookupResult(TaskLookupKind.NotFound);

    public static TaskLookupResult Failed(string message) => new TaskLookupResult(TaskLookupKind.Failed) { ErrorMessage = message };
}
