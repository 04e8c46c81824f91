using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>A range of exit codes and how the Batch service should respond to exit codes within that range.</summary>
public sealed class ExitCodeRangeMapping
{
    [JsonPropertyName("start")]
    public int? Start { get; set; }

    [JsonPropertyName("end")]
    public int? End { get; set; }

    [JsonPropertyName("exitOptions")]
    public ExitOptions? ExitOptions { get; set; }
}
