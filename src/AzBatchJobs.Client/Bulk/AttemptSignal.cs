namespace AzBatchJobs.Client.Bulk;

/// <summary>What one request tells the engine's concurrency limit.</summary>
internal enum AttemptSignal
{
    /// <summary>A 2xx answer.</summary>
    Succeeded,

    /// <summary>429 or 503: the service asks for less.</summary>
    Throttled,

    /// <summary>Any other answer, a transport failure, or no answer awaited: says nothing about load.</summary>
    Neutral,
}

internal static class AttemptSignals
{
    public static AttemptSignal FromStatus(int status) =>
        status >= 200 && status < 300 ? AttemptSignal.Succeeded
        : status == 429 || status == 503 ? AttemptSignal.Throttled
        : AttemptSignal.Neutral;
}
