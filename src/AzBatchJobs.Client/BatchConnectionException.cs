using System;

namespace AzBatchJobs.Client;

/// <summary>
/// The Batch service could not be reached (connection refused, unknown host, TLS failure, no answer within
/// the network timeout) after the pipeline's retries. No HTTP response was received.
/// </summary>
public sealed class BatchConnectionException : Exception
{
    public BatchConnectionException(string host, int attempts, bool timedOut, string reason, Exception? innerException)
        : base(Describe(host, attempts, timedOut, reason), innerException)
    {
        Host = host;
        Attempts = attempts;
        TimedOut = timedOut;
    }

    /// <summary>The host (and port, when not the scheme's default) the client tried to reach.</summary>
    public string Host { get; }

    /// <summary>How many attempts were made, retries included.</summary>
    public int Attempts { get; }

    /// <summary>True when the service did not answer within the network timeout.</summary>
    public bool TimedOut { get; }

    private static string Describe(string host, int attempts, bool timedOut, string reason)
    {
        var tries = attempts == 1 ? "1 attempt" : $"{attempts} attempts";
        return timedOut
            ? $"The Batch service at {host} did not answer within the network timeout ({tries})."
            : $"Could not connect to the Batch service at {host}: {reason} ({tries}).";
    }
}
