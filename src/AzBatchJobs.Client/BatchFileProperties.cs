using System;
using Azure;

namespace AzBatchJobs.Client;

/// <summary>A task file's properties, read from the response headers of a file GET or HEAD.</summary>
public sealed class BatchFileProperties
{
    public string? JobId { get; set; }

    public string? TaskId { get; set; }

    /// <summary>The file's path relative to the task directory, as requested.</summary>
    public string? Path { get; set; }

    public bool IsDirectory { get; set; }

    /// <summary>The file mode in octal (Linux nodes).</summary>
    public string? FileMode { get; set; }

    public string? Url { get; set; }

    public DateTimeOffset? CreationTime { get; set; }

    public DateTimeOffset? LastModified { get; set; }

    public long? ContentLength { get; set; }

    public string? ContentType { get; set; }

    public string? ETag { get; set; }

    public string? RequestId { get; set; }

    internal static BatchFileProperties FromResponse(Response response, string jobId, string taskId, string path)
    {
        var headers = response.Headers;
        headers.TryGetValue(BatchHeaders.OcpFileIsDirectory, out var isDirectory);
        headers.TryGetValue(BatchHeaders.OcpFileMode, out var mode);
        headers.TryGetValue(BatchHeaders.OcpFileUrl, out var url);
        headers.TryGetValue(BatchHeaders.OcpCreationTime, out var creationTime);
        headers.TryGetValue("Last-Modified", out var lastModified);
        headers.TryGetValue(BatchHeaders.RequestId, out var requestId);
        // Batch ETags are unquoted (0x8D...); Azure.Core's parsed Headers.ETag rejects those, so read the raw value.
        headers.TryGetValue("ETag", out var etag);
        return new BatchFileProperties
        {
            JobId = jobId,
            TaskId = taskId,
            Path = path,
            IsDirectory = string.Equals(isDirectory, "true", StringComparison.OrdinalIgnoreCase),
            FileMode = mode,
            Url = url,
            CreationTime = BatchOperationResult.ParseHttpDate(creationTime),
            LastModified = BatchOperationResult.ParseHttpDate(lastModified),
            ContentLength = headers.ContentLength,
            ContentType = headers.ContentType,
            ETag = etag,
            RequestId = requestId,
        };
    }
}
