using System;
using System.Globalization;
using System.Management.Automation;
using AzBatchJobs.Client;

namespace AzBatchJobs;

/// <summary>Turns a failure of a client call into the ErrorRecord a PowerShell user sees.</summary>
internal static class BatchErrorMapper
{
    public static bool IsBatchFailure(Exception exception) =>
        exception is BatchServiceException or BatchConnectionException or BatchAuthenticationException
            or ArgumentException or BatchResponseFormatException or TimeoutException;

    /// <summary>The record for a failure; <paramref name="parameterName"/> says a client field as the cmdlet's parameter (see ParameterNames).</summary>
    public static ErrorRecord ToErrorRecord(Exception exception, object? target, Func<string, string>? parameterName = null) => exception switch
    {
        BatchServiceException service => Record(service, ServiceErrorId(service), CategoryFor(service.Status, service.ErrorCode), target),
        BatchConnectionException => Record(exception, "BatchConnectionFailed", ErrorCategory.ConnectionError, target),
        BatchAuthenticationException => Record(exception, "BatchAuthenticationFailed", ErrorCategory.AuthenticationError, target),
        ArgumentException argument => Record(InParameterTerms(argument, parameterName ?? (f => f)), "BatchInvalidArgument", ErrorCategory.InvalidArgument, target),
        BatchResponseFormatException => Record(exception, "BatchInvalidResponse", ErrorCategory.InvalidResult, target),
        TimeoutException => Record(exception, "BatchTimeout", ErrorCategory.OperationTimeout, target),
        _ => Record(exception, "BatchUnexpectedError", ErrorCategory.NotSpecified, target),
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

    private static string ServiceErrorId(BatchServiceException exception) =>
        string.IsNullOrEmpty(exception.ErrorCode) ? "BatchHttp" + exception.Status.ToString(CultureInfo.InvariantCulture) : exception.ErrorCode!;

    // The exception's own message is the one line users see and catch blocks log.
    public static ErrorRecord Record(Exception exception, string errorId, ErrorCategory category, object? target) =>
        new(exception, errorId, category, target) { ErrorDetails = new ErrorDetails(exception.Message) };

    /// <summary>The same failure, told with the cmdlet's parameter names and without .NET's "(Parameter '...')" suffix.</summary>
    public static ArgumentException InParameterTerms(ArgumentException exception, Func<string, string> parameterName)
    {
        if (exception is BatchValidationException validation)
        {
            var renamed = parameterName(validation.Field);
            return renamed == validation.Field ? validation : validation.WithField(renamed);
        }
        var text = FirstLine(exception.Message);
        var field = exception.ParamName;
        if (!string.IsNullOrEmpty(field))
        {
            text = StripSuffix(text, $" (Parameter '{field}')");
            if (text.StartsWith(field, StringComparison.Ordinal)) return new BatchValidationException(parameterName(field!), text.Substring(field!.Length), exception);
        }
        return new ArgumentException(text, exception);
    }

    private static string StripSuffix(string text, string suffix) =>
        text.EndsWith(suffix, StringComparison.Ordinal) ? text.Substring(0, text.Length - suffix.Length) : text;

    internal static string FirstLine(string message)
    {
        var end = message.IndexOfAny(new[] { '\r', '\n' });
        return end < 0 ? message : message.Substring(0, end);
    }
}
