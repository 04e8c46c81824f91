using System;

namespace AzBatchJobs.Client.Bulk;

internal enum TaskAddItemStatus
{
    Success,
    ClientError,
    ServerError,
}

/// <summary>The service's verdict on one task of an add-collection request.</summary>
internal sealed class TaskAddItemResult
{
    public TaskAddItemResult(string taskId, TaskAddItemStatus status, string? errorCode = null, string? errorMessage = null,
        DateTimeOffset? lastModified = null)
    {
        LastModified = lastModified;
        TaskId = taskId;
        Status = status;
        ErrorCode = errorCode;
        ErrorMessage = errorMessage;
    }

    public string TaskId { get; }

    public TaskAddItemStatus Status { get; }

    public string? ErrorCode { get; }

    public string? ErrorMessage { get; }

    /// <summary>For an added task, when the service stored it (its clock).</summary>
    public DateTimeOffset? LastModified { get; }
}
