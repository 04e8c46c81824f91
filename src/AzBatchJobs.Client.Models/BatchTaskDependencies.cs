using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The dependencies of a Task: it is not scheduled until they have completed successfully.</summary>
public sealed class BatchTaskDependencies
{
    [JsonPropertyName("taskIds")]
    public IList<string> TaskIds { get; set; } = new List<string>();

    [JsonPropertyName("taskIdRanges")]
    public IList<BatchTaskIdRange> TaskIdRanges { get; set; } = new List<BatchTaskIdRange>();
}
