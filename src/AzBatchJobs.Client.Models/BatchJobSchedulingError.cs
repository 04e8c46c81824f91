using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>An error encountered by the Batch service when scheduling a Job.</summary>
public sealed class BatchJobSchedulingError
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
