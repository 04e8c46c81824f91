using System;

namespace AzBatchJobs;

/// <summary>One task of a bulk submission that was not added.</summary>
public sealed class BatchTaskAddException : Exception
{
    public BatchTaskAddException(string jobId, string taskId, string status, string? errorCode, string message)
        : base(message)
    {
        JobId = jobId;
        TaskId = taskId;
        Status = status;
        ErrorCode = errorCode;
    }

    public string JobId { get; }
    public string TaskId { get; }

    /// <summary>The task's outcome: Failed, or Unknown when no answer about it was received.</summary>
    public string Status { get; }

    public string? ErrorCode { get; }
}
