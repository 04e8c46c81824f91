using System;
using Azure.Core;

namespace AzBatchJobs.Client;

/// <summary>
/// Pipeline settings: retries (Azure.Core's RetryPolicy, which honours Retry-After on 429/503),
/// network timeout, transport, diagnostics, and a per-attempt observer for verbose output.
/// </summary>
public class BatchClientOptions : ClientOptions
{
    public BatchClientOptions()
    {
        foreach (var header in BatchHeaders.Loggable)
        {
            Diagnostics.LoggedHeaderNames.Add(header);
        }
        foreach (var parameter in BatchQuery.Loggable)
        {
            Diagnostics.LoggedQueryParameters.Add(parameter);
        }
    }

    /// <summary>Options for calls that must answer quickly or not at all (tab completion): no retries, a short network timeout.</summary>
    public static BatchClientOptions WithoutRetries(TimeSpan networkTimeout)
    {
        var options = new BatchClientOptions();
        options.Retry.MaxRetries = 0;
        options.Retry.NetworkTimeout = networkTimeout;
        return options;
    }

    /// <summary>
    /// Called after every attempt (including retries) with method, redacted URI, ids, status and duration.
    /// Never receives header values, so no Authorization value can reach it.
    /// </summary>
    public Action<BatchRequestTrace>? RequestObserver { get; set; }
}
