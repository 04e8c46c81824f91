using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Azure;

namespace AzBatchJobs.Client;

/// <summary>
/// Any non-success response from the Batch service: HTTP status, Batch error code, the service's message,
/// its key/value details, and the ids needed to trace the request. <see cref="Exception.Message"/> is one
/// line with all of them (what a log or a catch block shows); <see cref="ServiceMessage"/> is the service's
/// own text as it was sent.
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
        : base(status, Summarize(status, errorCode, message, values, requestId, clientRequestId), errorCode, null)
    {
        ServiceMessage = message;
        Values = values ?? new Dictionary<string, string>();
        RequestId = requestId;
        ClientRequestId = clientRequestId;
    }

    /// <summary>The service's message as sent (it may span several lines, e.g. RequestId and Time).</summary>
    public string ServiceMessage { get; }

    /// <summary>The error's detail values (key/value pairs the service added, e.g. Reason).</summary>
    public IReadOnlyDictionary<string, string> Values { get; }

    /// <summary>The service's request-id; quote it when reporting a problem to Microsoft.</summary>
    public string? RequestId { get; }

    /// <summary>The client-request-id this client sent.</summary>
    public string? ClientRequestId { get; }

    // "The specified job does not exist. (HTTP 404, Batch error JobNotFound) Reason: x. request-id: r, client-request-id: c."
    private static string Summarize(int status, string? errorCode, string message, IReadOnlyDictionary<string, string>? values, string? requestId, string? clientRequestId)
    {
        var statusText = status.ToString(CultureInfo.InvariantCulture);
        var firstLine = OneLine(FirstLine(message ?? string.Empty));
        var text = new StringBuilder(firstLine);
        if (!string.IsNullOrEmpty(errorCode))
        {
            text.Append(" (HTTP ").Append(statusText).Append(", Batch error ").Append(errorCode).Append(')');
        }
        else if (firstLine.IndexOf("HTTP " + statusText, StringComparison.Ordinal) < 0)
        {
            text.Append(" (HTTP ").Append(statusText).Append(')');
        }
        foreach (var pair in (values ?? new Dictionary<string, string>()).Where(p => !string.IsNullOrWhiteSpace(p.Value)))
        {
            text.Append(' ').Append(pair.Key).Append(": ").Append(OneLine(pair.Value).TrimEnd('.')).Append('.');
        }
        text.Append(" request-id: ").Append(requestId ?? "none")
            .Append(", client-request-id: ").Append(clientRequestId ?? "none").Append('.');
        return text.ToString();
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(new[] { '\r', '\n' });
        return end < 0 ? text : text.Substring(0, end);
    }

    private static string OneLine(string text) =>
        string.Join(" ", text.Split(new[] { '\r', '\n', '\t', ' ' }, StringSplitOptions.RemoveEmptyEntries));
}
