using System;
using Azure;

namespace AzBatchJobs.Client;

/// <summary>A success response whose body could not be read as the expected type.</summary>
public sealed class BatchResponseFormatException : Exception
{
    internal BatchResponseFormatException(string expectedType, Response response, Exception? inner)
        : base($"The Batch service returned HTTP {response.Status} with a body that is not a valid {expectedType}: {inner?.Message ?? "the body was empty or null"}", inner)
    {
        Status = response.Status;
        response.Headers.TryGetValue(BatchHeaders.RequestId, out var requestId);
        RequestId = requestId;
    }

    public int Status { get; }

    public string? RequestId { get; }
}
