using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>A page of Jobs.</summary>
public sealed class BatchJobListResult
{
    [JsonPropertyName("value")]
    public IList<BatchJob> Value { get; set; } = new List<BatchJob>();

    [JsonPropertyName("odata.nextLink")]
    public string? ODataNextLink { get; set; }
}
