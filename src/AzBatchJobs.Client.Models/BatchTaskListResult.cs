using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>A page of Tasks.</summary>
public sealed class BatchTaskListResult
{
    [JsonPropertyName("value")]
    public IList<BatchTask> Value { get; set; } = new List<BatchTask>();

    [JsonPropertyName("odata.nextLink")]
    public string? ODataNextLink { get; set; }
}
