using System;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The dependencies of a Task: it is not scheduled until they have completed successfully.</summary>
public sealed class BatchTaskDependencies
{
    [JsonPropertyName("taskIds")]
    public string[] TaskIds { get; set; } = Array.Empty<string>();

    [JsonPropertyName("taskIdRanges")]
    public BatchTaskIdRange[] TaskIdRanges { get; set; } = Array.Empty<BatchTaskIdRange>();
}
