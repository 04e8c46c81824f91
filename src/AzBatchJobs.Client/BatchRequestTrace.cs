using System;

namespace AzBatchJobs.Client;

/// <summary>What happened on one attempt of one request; handed to <see cref="BatchClientOptions.RequestObserver"/>.</summary>
public sealed class BatchRequestTrace
{
    public BatchRequestTrace(string method, Uri uri, string? clientRequestId, int attempt, int? status, TimeSpan duration, string? requestId, Exception? exception)
    {
        Method = method;
        Uri = uri;
        ClientRequestId = clientRequestId;
        Attempt = attempt;
        Status = status;
        Duration = duration;
        RequestId = requestId;
        Exception = exception;
    }

    /// <summary>HTTP method.</summary>
    public string Method { get; }

    /// <summary>Request URI with query values outside the known Batch parameters replaced by REDACTED.</summary>
    public Uri Uri { get; }

    public string? ClientRequestId { get; }

    /// <summary>1 for the first try, 2 for the first retry, and so on.</summary>
    public int Attempt { get; }

    /// <summary>HTTP status, or null when no response arrived (network failure, timeout, cancellation).</summary>
    public int? Status { get; }

    public TimeSpan Duration { get; }

    /// <summary>The service's request-id response header.</summary>
    public string? RequestId { get; }

    /// <summary>The transport failure when no response arrived.</summary>
    public Exception? Exception { get; }

    public override string ToString() =>
        $"{Method} {Uri} attempt {Attempt} -> {(Status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Exception?.GetType().Name ?? "no response")} " +
        $"in {Duration.TotalMilliseconds:0} ms (client-request-id {ClientRequestId}, request-id {RequestId})";
}
