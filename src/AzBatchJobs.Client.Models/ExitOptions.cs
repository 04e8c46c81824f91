using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>How the Batch service should respond when a Task completes.</summary>
public sealed class ExitOptions
{
    [JsonPropertyName("jobAction")]
    public BatchJobActionKind? JobAction { get; set; }

    [JsonPropertyName("dependencyAction")]
    public DependencyAction? DependencyAction { get; set; }
}
