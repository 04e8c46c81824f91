using System;

namespace AzBatchJobs;

/// <summary>One task of an add-collection request that the service did not add.</summary>
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

    /// <summary>clienterror or servererror, as the service reported it.</summary>
    public string Status { get; }

    public string? ErrorCode { get; }
}
