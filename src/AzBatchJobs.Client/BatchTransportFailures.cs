using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using Azure;
using Azure.Identity;

namespace AzBatchJobs.Client;

/// <summary>
/// Turns what Azure.Core throws when no response came back (an AggregateException of every attempt once
/// retries are exhausted, or the single failure) into <see cref="BatchConnectionException"/>, and a
/// credential's failure into <see cref="BatchAuthenticationException"/>: one line naming the host, instead of
/// advice about ClientOptions.Retry.
/// </summary>
internal static class BatchTransportFailures
{
    /// <summary>The exception to throw instead, or null to let the original through (the caller's own cancellation, a bug).</summary>
    public static Exception? Translate(Exception failure, Uri endpoint, CancellationToken cancellationToken)
    {
        if (failure is OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        IReadOnlyList<Exception> attempts = failure is AggregateException aggregate ? aggregate.InnerExceptions : new[] { failure };
        if (attempts.Count == 0)
        {
            return null;
        }
        var credentialFailure = attempts.FirstOrDefault(e => e is AuthenticationFailedException or CredentialUnavailableException);
        if (credentialFailure is not null)
        {
            return new BatchAuthenticationException(FirstLine(credentialFailure.Message), failure);
        }
        if (!attempts.All(IsTransport))
        {
            return null;
        }
        var last = attempts[attempts.Count - 1];
        return new BatchConnectionException(endpoint.Authority, attempts.Count, last is OperationCanceledException, Reason(last), failure);
    }

    private static bool IsTransport(Exception e) =>
        e is RequestFailedException { Status: 0 } or HttpRequestException or IOException or OperationCanceledException;

    // The innermost exception says what happened ("Connection refused", "Name or service not known").
    private static string Reason(Exception failure)
    {
        var innermost = failure;
        while (innermost.InnerException is not null)
        {
            innermost = innermost.InnerException;
        }
        return FirstLine(innermost.Message).TrimEnd('.');
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(new[] { '\r', '\n' });
        return (end < 0 ? message : message.Substring(0, end)).Trim();
    }
}
