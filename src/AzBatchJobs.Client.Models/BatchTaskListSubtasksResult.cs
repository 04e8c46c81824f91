using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The result of listing the subtasks of a Task.</summary>
public sealed class BatchTaskListSubtasksResult
{
    [JsonPropertyName("value")]
    public IList<BatchSubtask> Value { get; set; } = new List<BatchSubtask>();

    [JsonPropertyName("odata.nextLink")]
    public string? ODataNextLink { get; set; }
}
