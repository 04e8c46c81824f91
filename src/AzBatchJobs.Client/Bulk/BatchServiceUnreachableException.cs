using Azure;

namespace AzBatchJobs.Client.Bulk;

/// <summary>Thrown by a bulk submission, after every task read has its outcome, when it stopped sending
/// because the Batch service could not be reached for BatchTaskSubmitOptions.UnreachableTimeout. Status 0,
/// as for any transport failure; ErrorCode is ServiceUnreachable.</summary>
public sealed class BatchServiceUnreachableException : RequestFailedException
{
    public BatchServiceUnreachableException(string message, long notSubmitted, long unknown)
        : base(0, message, BulkErrorCodes.ServiceUnreachable, null)
    {
        NotSubmitted = notSubmitted;
        Unknown = unknown;
    }

    /// <summary>Tasks reported NotSubmitted because of it.</summary>
    public long NotSubmitted { get; }

    /// <summary>Tasks reported Unknown because of it (a request carrying them went unanswered).</summary>
    public long Unknown { get; }
}
