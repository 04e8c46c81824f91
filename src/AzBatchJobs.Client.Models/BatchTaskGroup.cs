using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>A collection of Tasks to create in one request (at most 100).</summary>
public sealed class BatchTaskGroup
{
    [JsonPropertyName("value")]
    public IList<BatchTaskCreateOptions> Value { get; set; } = new List<BatchTaskCreateOptions>();
}
