using System;

namespace AzBatchJobs.Client;

/// <summary>OData options and limits for a list operation.</summary>
public class BatchListOptions
{
    /// <summary>An OData $filter clause.</summary>
    public string? Filter { get; set; }

    /// <summary>Properties to return ($select).</summary>
    public string[]? Select { get; set; }

    /// <summary>Related data to include ($expand), e.g. <c>stats</c>.</summary>
    public string[]? Expand { get; set; }

    /// <summary>Items per page (maxresults, 1..1000).</summary>
    public int? MaxResults { get; set; }

    /// <summary>Server-side processing limit in seconds per page (timeOut).</summary>
    public int? TimeoutSeconds { get; set; }

    /// <summary>Client-side limit for each attempt of each page request.</summary>
    public TimeSpan? NetworkTimeout { get; set; }
}
