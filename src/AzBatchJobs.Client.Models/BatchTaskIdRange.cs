using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>A range of Task IDs that a Task can depend on; all Tasks with IDs in the range must complete successfully before the dependent Task can be scheduled.</summary>
public sealed class BatchTaskIdRange
{
    [JsonPropertyName("start")]
    public int? Start { get; set; }

    [JsonPropertyName("end")]
    public int? End { get; set; }
}
