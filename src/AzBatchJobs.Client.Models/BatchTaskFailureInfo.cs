using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>Information about a Task failure.</summary>
public sealed class BatchTaskFailureInfo
{
    [JsonPropertyName("category")]
    public BatchErrorSourceCategory? Category { get; set; }

    [JsonPropertyName("code")]
    public string? Code { get; set; }

    [JsonPropertyName("message")]
    public string? Message { get; set; }

    [JsonPropertyName("details")]
    public IList<NameValuePair> Details { get; set; } = new List<NameValuePair>();
}
