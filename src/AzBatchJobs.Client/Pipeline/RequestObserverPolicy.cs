using System;
using System.Diagnostics;
using System.Threading.Tasks;
using Azure.Core;
using Azure.Core.Pipeline;

namespace AzBatchJobs.Client.Pipeline;

/// <summary>Reports every attempt to <see cref="BatchClientOptions.RequestObserver"/>; runs per retry.</summary>
internal sealed class RequestObserverPolicy : HttpPipelinePolicy
{
    private const string AttemptProperty = "AzBatchJobs.Attempt";
    private readonly Action<BatchRequestTrace> _observer;

    public RequestObserverPolicy(Action<BatchRequestTrace> observer)
    {
        _observer = observer;
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        ProcessCoreAsync(message, pipeline, async: false).AsTask().GetAwaiter().GetResult();

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        ProcessCoreAsync(message, pipeline, async: true);

    private async ValueTask ProcessCoreAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline, bool async)
    {
        var attempt = message.TryGetProperty(AttemptProperty, out var previous) && previous is int count ? count + 1 : 1;
        message.SetProperty(AttemptProperty, attempt);
        var stopwatch = Stopwatch.StartNew();
        Exception? failure = null;
        try
        {
            if (async)
            {
                await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
            }
            else
            {
                ProcessNext(message, pipeline);
            }
        }
        catch (Exception exception)
        {
            failure = exception;
            throw;
        }
        finally
        {
            stopwatch.Stop();
            Report(message, attempt, stopwatch.Elapsed, failure);
        }
    }

    private void Report(HttpMessage message, int attempt, TimeSpan duration, Exception? failure)
    {
        var request = message.Request;
        request.Headers.TryGetValue(BatchHeaders.ClientRequestId, out var clientRequestId);
        int? status = null;
        string? requestId = null;
        if (failure is null && message.HasResponse)
        {
            status = message.Response.Status;
            message.Response.Headers.TryGetValue(BatchHeaders.RequestId, out requestId);
        }
        _observer(new BatchRequestTrace(
            request.Method.Method, UriRedactor.Redact(request.Uri.ToUri()), clientRequestId, attempt, status, duration, requestId, failure));
    }
}
