using System;
using System.Globalization;
using Azure;

namespace AzBatchJobs.Client;

/// <summary>What the service says about an operation that returns no body: status and response headers.</summary>
public sealed class BatchOperationResult
{
    public int Status { get; set; }

    public string? ETag { get; set; }

    public DateTimeOffset? LastModified { get; set; }

    public string? RequestId { get; set; }

    public string? ClientRequestId { get; set; }

    /// <summary>The OData id of the resource the request applied to.</summary>
    public string? DataServiceId { get; set; }

    public Uri? Location { get; set; }

    /// <summary>Reads the headers every Batch response may carry; works for any response, with or without a body.</summary>
    public static BatchOperationResult FromResponse(Response response)
    {
        if (response is null)
        {
            throw new ArgumentNullException(nameof(response));
        }
        var headers = response.Headers;
        headers.TryGetValue("ETag", out var etag);
        headers.TryGetValue("Last-Modified", out var lastModified);
        headers.TryGetValue(BatchHeaders.RequestId, out var requestId);
        headers.TryGetValue(BatchHeaders.ClientRequestId, out var clientRequestId);
        headers.TryGetValue(BatchHeaders.DataServiceId, out var dataServiceId);
        headers.TryGetValue("Location", out var location);
        return new BatchOperationResult
        {
            Status = response.Status,
            ETag = etag,
            LastModified = ParseHttpDate(lastModified),
            RequestId = requestId,
            ClientRequestId = clientRequestId,
            DataServiceId = dataServiceId,
            Location = location is not null && Uri.TryCreate(location, UriKind.RelativeOrAbsolute, out var uri) ? uri : null,
        };
    }

    internal static DateTimeOffset? ParseHttpDate(string? value) =>
        value is not null && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
            ? parsed
            : null;

    public override string ToString() => $"{Status} ETag={ETag} LastModified={LastModified:R} RequestId={RequestId}";
}
