using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The result of a create-Task-collection request (the spec's BatchCreateTaskCollectionResult).</summary>
public sealed class BatchTaskAddCollectionResult
{
    [JsonPropertyName("value")]
    public IList<BatchTaskAddResult> Value { get; set; } = new List<BatchTaskAddResult>();
}
