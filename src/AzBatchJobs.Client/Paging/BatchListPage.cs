using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Paging;

/// <summary>The wire shape of every Batch list response.</summary>
internal sealed class BatchListPage<T>
{
    [JsonPropertyName("value")]
    public List<T>? Value { get; set; }

    [JsonPropertyName("odata.nextLink")]
    public string? NextLink { get; set; }
}
