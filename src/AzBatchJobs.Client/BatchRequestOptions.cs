using System;

namespace AzBatchJobs.Client;

/// <summary>Per-call settings for a single Batch request.</summary>
public class BatchRequestOptions
{
    /// <summary>Server-side processing limit in seconds (the <c>timeOut</c> query parameter; the service caps it at 30).</summary>
    public int? TimeoutSeconds { get; set; }

    /// <summary>Client-side limit for each attempt of this call; overrides <c>BatchClientOptions.Retry.NetworkTimeout</c>.</summary>
    public TimeSpan? NetworkTimeout { get; set; }

    /// <summary>Perform the operation only if the resource's ETag matches.</summary>
    public string? IfMatch { get; set; }

    /// <summary>Perform the operation only if the resource's ETag does not match.</summary>
    public string? IfNoneMatch { get; set; }

    /// <summary>Perform the operation only if the resource changed after this time.</summary>
    public DateTimeOffset? IfModifiedSince { get; set; }

    /// <summary>Perform the operation only if the resource did not change after this time.</summary>
    public DateTimeOffset? IfUnmodifiedSince { get; set; }

    /// <summary>The client-request-id to send; a new GUID when not set.</summary>
    public Guid? ClientRequestId { get; set; }
}
