using System;
using Azure.Core;

namespace AzBatchJobs.Client.Bulk;

/// <summary>Set on the bulk engine's messages so the pipeline sends them once: the engine decides about
/// every retry itself (it must see each 429 to adapt, release its request slot while it waits, and settle
/// unknown outcomes in bulk), so pipeline retries would only multiply its own.</summary>
internal sealed class SingleAttemptClassifier : ResponseClassifier
{
    public static readonly SingleAttemptClassifier Instance = new SingleAttemptClassifier();

    public override bool IsRetriableResponse(HttpMessage message) => false;

    public override bool IsRetriableException(Exception exception) => false;

    public override bool IsRetriable(HttpMessage message, Exception exception) => false;
}
