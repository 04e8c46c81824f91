using System;
using Azure.Core;
using Azure.Core.Pipeline;
using AzBatchJobs.Client.Pipeline;

namespace AzBatchJobs.Client;

/// <summary>
/// The Batch data-plane client for Jobs, Tasks and task files (api-version 2025-06-01), over an
/// Azure.Core pipeline: retries honouring Retry-After, per-attempt timeouts, cancellation, logging.
/// Every operation has a synchronous and an asynchronous form sharing one implementation.
/// </summary>
public partial class BatchClient
{
    private readonly HttpPipeline _pipeline;
    private readonly Uri _endpoint;

    public BatchClient(BatchConnection connection, BatchClientOptions? options = null)
    {
        if (connection is null)
        {
            throw new ArgumentNullException(nameof(connection));
        }
        options ??= new BatchClientOptions();
        _endpoint = TrimTrailingSlash(connection.Endpoint);
        Connection = connection;
        _pipeline = HttpPipelineBuilder.Build(
            options,
            Array.Empty<HttpPipelinePolicy>(),
            PerRetryPolicies(connection, options),
            new ResponseClassifier());
    }

    /// <summary>For mocking in callers' tests.</summary>
    protected BatchClient()
    {
        _pipeline = null!;
        _endpoint = null!;
        Connection = null!;
    }

    public virtual BatchConnection Connection { get; }

    public virtual Uri Endpoint => _endpoint;

    // Order matters: ocp-date first, because the Shared Key signature covers it; the observer last,
    // so it times the attempt as the transport sees it.
    private static HttpPipelinePolicy[] PerRetryPolicies(BatchConnection connection, BatchClientOptions options)
    {
        var auth = connection.CreateAuthenticationPolicy();
        return options.RequestObserver is null
            ? new[] { new OcpDatePolicy(), auth }
            : new[] { new OcpDatePolicy(), auth, new RequestObserverPolicy(options.RequestObserver) };
    }

    private static Uri TrimTrailingSlash(Uri endpoint)
    {
        var text = endpoint.GetLeftPart(UriPartial.Path).TrimEnd('/');
        return new Uri(text, UriKind.Absolute);
    }
}
