using System;
using System.Collections.Generic;
using Azure;

namespace AzBatchJobs.Client;

/// <summary>
/// Any non-success response from the Batch service: HTTP status, Batch error code, the service's message,
/// its key/value details, and the ids needed to trace the request.
/// </summary>
public sealed class BatchServiceException : RequestFailedException
{
    public BatchServiceException(
        int status,
        string? errorCode,
        string message,
        IReadOnlyDictionary<string, string>? values,
        string? requestId,
        string? clientRequestId)
        : base(status, message, errorCode, null)
    {
        Values = values ?? new Dictionary<string, string>();
        RequestId = requestId;
        ClientRequestId = clientRequestId;
    }

    /// <summary>The error's detail values (key/value pairs the service added, e.g. Reason).</summary>
    public IReadOnlyDictionary<string, string> Values { get; }

    /// <summary>The service's request-id; quote it when reporting a problem to Microsoft.</summary>
    public string? RequestId { get; }

    /// <summary>The client-request-id this client sent.</summary>
    public string? ClientRequestId { get; }
}
