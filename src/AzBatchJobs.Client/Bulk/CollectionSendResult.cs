using System;
using System.Collections.Generic;

namespace AzBatchJobs.Client.Bulk;

internal enum CollectionSendKind
{
    /// <summary>The service answered with a result per task.</summary>
    Completed,

    /// <summary>The service refused the whole request with a client error; nothing was added.</summary>
    Rejected,

    /// <summary>The service refused the whole request as too large (RequestBodyTooLarge); nothing was added.</summary>
    TooLarge,

    /// <summary>The service refused the request for now (429); nothing was added.</summary>
    Throttled,

    /// <summary>No trustworthy answer (timeout, connection lost, 5xx): the service may have added any part of the request.</summary>
    Unknown,

    /// <summary>No connection could be made (refused, name not resolved, TLS failed): the request never reached the service.</summary>
    NotSent,
}

/// <summary>The classified answer to one add-collection request.</summary>
internal sealed class CollectionSendResult
{
    private CollectionSendResult(CollectionSendKind kind)
    {
        Kind = kind;
    }

    public CollectionSendKind Kind { get; }

    public IReadOnlyList<TaskAddItemResult> Results { get; private set; } = Array.Empty<TaskAddItemResult>();

    /// <summary>True when the transport sent the body more than once (its own retries), so an earlier
    /// copy may have been committed even though this answer is complete.</summary>
    public bool MayHaveBeenSentBefore { get; private set; }

    public int Status { get; private set; }

    public string? ErrorCode { get; private set; }

    public string? ErrorMessage { get; private set; }

    public TimeSpan? RetryAfter { get; private set; }

    /// <summary>No HTTP answer came at all (Unknown after a transport failure, or NotSent).</summary>
    public bool IsTransportFailure => Status == 0 && (Kind == CollectionSendKind.Unknown || Kind == CollectionSendKind.NotSent);

    public static CollectionSendResult Completed(IReadOnlyList<TaskAddItemResult> results, bool mayHaveBeenSentBefore) =>
        new CollectionSendResult(CollectionSendKind.Completed) { Results = results, MayHaveBeenSentBefore = mayHaveBeenSentBefore, Status = 200 };

    public static CollectionSendResult Rejected(int status, string errorCode, string message) =>
        new CollectionSendResult(CollectionSendKind.Rejected) { Status = status, ErrorCode = errorCode, ErrorMessage = message };

    public static CollectionSendResult TooLarge(string message) =>
        new CollectionSendResult(CollectionSendKind.TooLarge) { Status = 413, ErrorCode = BulkErrorCodes.RequestBodyTooLarge, ErrorMessage = message };

    public static CollectionSendResult Throttled(TimeSpan? retryAfter, string errorCode, string message) =>
        new CollectionSendResult(CollectionSendKind.Throttled) { Status = 429, RetryAfter = retryAfter, ErrorCode = errorCode, ErrorMessage = message };

    public static CollectionSendResult Unknown(int status, string errorCode, string message, TimeSpan? retryAfter = null) =>
        new CollectionSendResult(CollectionSendKind.Unknown) { Status = status, ErrorCode = errorCode, ErrorMessage = message, RetryAfter = retryAfter };

    public static CollectionSendResult NotSent(string message) =>
        new CollectionSendResult(CollectionSendKind.NotSent) { ErrorCode = BulkErrorCodes.ConnectionFailed, ErrorMessage = message };
}
