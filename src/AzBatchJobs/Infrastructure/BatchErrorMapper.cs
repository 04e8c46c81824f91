using System;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Text;
using Azure;
using Azure.Identity;
using AzBatchJobs.Client;

namespace AzBatchJobs;

/// <summary>Turns a failure of a client call into the ErrorRecord a PowerShell user sees.</summary>
internal static class BatchErrorMapper
{
    public static bool IsBatchFailure(Exception exception) =>
        exception is RequestFailedException or AuthenticationFailedException or CredentialUnavailableException
            or ArgumentException or BatchResponseFormatException or TimeoutException;

    public static ErrorRecord ToErrorRecord(Exception exception, object? target) => exception switch
    {
        BatchServiceException service => FromService(service, target),
        RequestFailedException { Status: 0 } transport => Record(transport, "BatchConnectionFailed", ErrorCategory.ConnectionError, target, transport.Message),
        RequestFailedException other => Record(other, "BatchHttp" + other.Status.ToString(CultureInfo.InvariantCulture), CategoryFor(other.Status, other.ErrorCode), target, other.Message),
        AuthenticationFailedException or CredentialUnavailableException => Record(exception, "BatchAuthenticationFailed", ErrorCategory.AuthenticationError, target, exception.Message),
        ArgumentException => Record(exception, "BatchInvalidArgument", ErrorCategory.InvalidArgument, target, exception.Message),
        BatchResponseFormatException => Record(exception, "BatchInvalidResponse", ErrorCategory.InvalidResult, target, exception.Message),
        TimeoutException => Record(exception, "BatchTimeout", ErrorCategory.OperationTimeout, target, exception.Message),
        _ => Record(exception, "BatchUnexpectedError", ErrorCategory.NotSpecified, target, exception.Message),
    };

    public static ErrorCategory CategoryFor(int status, string? errorCode) => status switch
    {
        400 => ErrorCategory.InvalidArgument,
        401 => ErrorCategory.AuthenticationError,
        403 => ErrorCategory.PermissionDenied,
        404 => ErrorCategory.ObjectNotFound,
        408 => ErrorCategory.OperationTimeout,
        409 when errorCode is not null && errorCode.EndsWith("Exists", StringComparison.OrdinalIgnoreCase) => ErrorCategory.ResourceExists,
        409 => ErrorCategory.InvalidOperation,
        412 => ErrorCategory.InvalidOperation,
        413 => ErrorCategory.LimitsExceeded,
        429 => ErrorCategory.LimitsExceeded,
        >= 500 => ErrorCategory.ConnectionError,
        _ => ErrorCategory.NotSpecified,
    };

    private static ErrorRecord FromService(BatchServiceException exception, object? target)
    {
        var errorId = string.IsNullOrEmpty(exception.ErrorCode)
            ? "BatchHttp" + exception.Status.ToString(CultureInfo.InvariantCulture)
            : exception.ErrorCode!;
        var text = new StringBuilder(FirstLine(exception.Message));
        text.Append(" (HTTP ").Append(exception.Status.ToString(CultureInfo.InvariantCulture));
        if (!string.IsNullOrEmpty(exception.ErrorCode)) text.Append(", Batch error ").Append(exception.ErrorCode);
        text.Append(')');
        foreach (var pair in exception.Values.Where(p => !string.IsNullOrEmpty(p.Value)))
            text.Append(' ').Append(pair.Key).Append(": ").Append(pair.Value).Append('.');
        text.Append(" request-id: ").Append(exception.RequestId ?? "none")
            .Append(", client-request-id: ").Append(exception.ClientRequestId ?? "none").Append('.');
        return Record(exception, errorId, CategoryFor(exception.Status, exception.ErrorCode), target, text.ToString());
    }

    private static ErrorRecord Record(Exception exception, string errorId, ErrorCategory category, object? target, string message) =>
        new(exception, errorId, category, target) { ErrorDetails = new ErrorDetails(message) };

    // RequestFailedException appends status and headers to the message; the first line is the service's text.
    internal static string FirstLine(string message)
    {
        var end = message.IndexOfAny(new[] { '\r', '\n' });
        return end < 0 ? message : message.Substring(0, end);
    }
}
