using System;
using System.Globalization;
using System.Text.Json;
using Azure.Core;
using Azure.Core.Pipeline;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client;

/// <summary>Which conditional headers an operation accepts, per the REST spec.</summary>
internal enum ConditionalSupport
{
    None,
    /// <summary>If-Modified-Since and If-Unmodified-Since only (task file operations).</summary>
    DatesOnly,
    All,
}

/// <summary>Builds one Batch request: URI, api-version, ids and conditional headers, JSON body.</summary>
internal sealed class BatchMessageBuilder
{
    private readonly HttpMessage _message;

    private BatchMessageBuilder(HttpMessage message, string clientRequestId)
    {
        _message = message;
        ClientRequestId = clientRequestId;
    }

    public string ClientRequestId { get; }

    public static BatchMessageBuilder Create(HttpPipeline pipeline, Uri endpoint, RequestMethod method, string operation, BatchRequestOptions? options, ConditionalSupport conditional, params string[] pathSegments)
    {
        var clientRequestId = (options?.ClientRequestId ?? Guid.NewGuid()).ToString();
        var message = NewMessage(pipeline, method, endpoint, clientRequestId);
        var uri = message.Request.Uri;
        foreach (var segment in pathSegments)
        {
            if (segment is "." or "..")
            {
                // System.Uri would fold it away and the request would name another resource; callers validate first.
                throw new ArgumentException($"{operation}: a path segment may not be '{segment}'.", nameof(pathSegments));
            }
            uri.AppendPath("/", false);
            uri.AppendPath(segment, true);
        }
        uri.AppendQuery(BatchQuery.ApiVersion, BatchApiVersion.Current, true);
        var builder = new BatchMessageBuilder(message, clientRequestId);
        if (options is not null)
        {
            builder.Timeout(options.TimeoutSeconds).NetworkTimeout(options.NetworkTimeout);
            builder.Conditions(options, operation, conditional);
        }
        return builder;
    }

    /// <summary>A GET for the next page: the service's odata.nextLink already carries every query parameter.</summary>
    public static BatchMessageBuilder CreateNextPage(HttpPipeline pipeline, Uri endpoint, string nextLink, TimeSpan? networkTimeout)
    {
        if (!Uri.TryCreate(nextLink, UriKind.Absolute, out var next)
            || Uri.Compare(next, endpoint, UriComponents.Scheme | UriComponents.HostAndPort, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
        {
            // Following a link to another host or port would hand it our credentials.
            throw new InvalidOperationException($"The Batch service returned an odata.nextLink that does not point at {endpoint.GetLeftPart(UriPartial.Authority)}; paging stopped.");
        }
        var clientRequestId = Guid.NewGuid().ToString();
        return new BatchMessageBuilder(NewMessage(pipeline, RequestMethod.Get, next, clientRequestId), clientRequestId).NetworkTimeout(networkTimeout);
    }

    private static HttpMessage NewMessage(HttpPipeline pipeline, RequestMethod method, Uri uri, string clientRequestId)
    {
        var message = pipeline.CreateMessage();
        var request = message.Request;
        request.Method = method;
        request.Uri.Reset(uri);
        request.Headers.SetValue("Accept", "application/json");
        request.Headers.SetValue(BatchHeaders.ClientRequestId, clientRequestId);
        request.Headers.SetValue(BatchHeaders.ReturnClientRequestId, "true");
        return message;
    }

    public HttpMessage Message => _message;

    public BatchMessageBuilder Timeout(int? seconds)
    {
        if (seconds is not null)
        {
            if (seconds < 1)
            {
                throw new ArgumentOutOfRangeException("TimeoutSeconds", seconds, "TimeoutSeconds must be at least 1 (the service caps it at 30).");
            }
            Query(BatchQuery.Timeout, seconds.Value.ToString(CultureInfo.InvariantCulture));
        }
        return this;
    }

    public BatchMessageBuilder NetworkTimeout(TimeSpan? timeout)
    {
        if (timeout is not null)
        {
            if (timeout <= TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException("NetworkTimeout", timeout, "NetworkTimeout must be positive.");
            }
            _message.NetworkTimeout = timeout;
        }
        return this;
    }

    public BatchMessageBuilder Query(string name, string? value)
    {
        if (value is not null)
        {
            _message.Request.Uri.AppendQuery(name, value, true);
        }
        return this;
    }

    public BatchMessageBuilder Query(string name, bool? value) =>
        Query(name, value is null ? null : value.Value ? "true" : "false");

    public BatchMessageBuilder Query(string name, string[]? values) =>
        Query(name, values is null || values.Length == 0 ? null : string.Join(",", values));

    public BatchMessageBuilder List(BatchListOptions? options)
    {
        if (options is null)
        {
            return this;
        }
        if (options.MaxResults is < 1 or > 1000)
        {
            throw new ArgumentOutOfRangeException("MaxResults", options.MaxResults, "MaxResults must be between 1 and 1000.");
        }
        return Query(BatchQuery.MaxResults, options.MaxResults?.ToString(CultureInfo.InvariantCulture))
            .Timeout(options.TimeoutSeconds)
            .Query(BatchQuery.Filter, options.Filter)
            .Query(BatchQuery.Select, options.Select)
            .Query(BatchQuery.Expand, options.Expand)
            .NetworkTimeout(options.NetworkTimeout);
    }

    public BatchMessageBuilder Header(string name, string? value)
    {
        if (value is not null)
        {
            _message.Request.Headers.SetValue(name, value);
        }
        return this;
    }

    public BatchMessageBuilder JsonBody<T>(T value) =>
        Utf8JsonBody(JsonSerializer.SerializeToUtf8Bytes(value, BatchJson.Options));

    public BatchMessageBuilder StreamResponse()
    {
        _message.BufferResponse = false;
        return this;
    }

    /// <summary>A body that is already UTF-8 JSON.</summary>
    public BatchMessageBuilder Utf8JsonBody(ReadOnlyMemory<byte> body)
    {
        _message.Request.Headers.SetValue("Content-Type", BatchHeaders.JsonContentType);
        _message.Request.Content = RequestContent.Create(body);
        return this;
    }

    private void Conditions(BatchRequestOptions options, string operation, ConditionalSupport support)
    {
        if (support != ConditionalSupport.All && (options.IfMatch is not null || options.IfNoneMatch is not null))
        {
            throw new ArgumentException($"{operation} does not accept If-Match or If-None-Match; the service ignores ETag conditions on this operation.", options.IfMatch is not null ? "IfMatch" : "IfNoneMatch");
        }
        if (support == ConditionalSupport.None && (options.IfModifiedSince is not null || options.IfUnmodifiedSince is not null))
        {
            throw new ArgumentException($"{operation} does not accept If-Modified-Since or If-Unmodified-Since.", options.IfModifiedSince is not null ? "IfModifiedSince" : "IfUnmodifiedSince");
        }
        Header("If-Match", options.IfMatch);
        Header("If-None-Match", options.IfNoneMatch);
        Header("If-Modified-Since", options.IfModifiedSince?.ToUniversalTime().ToString("R", CultureInfo.InvariantCulture));
        Header("If-Unmodified-Since", options.IfUnmodifiedSince?.ToUniversalTime().ToString("R", CultureInfo.InvariantCulture));
    }
}
