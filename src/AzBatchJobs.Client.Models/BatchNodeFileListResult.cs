using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>A page of files on a Compute Node.</summary>
public sealed class BatchNodeFileListResult
{
    [JsonPropertyName("value")]
    public IList<BatchNodeFile> Value { get; set; } = new List<BatchNodeFile>();

    [JsonPropertyName("odata.nextLink")]
    public string? ODataNextLink { get; set; }
}
