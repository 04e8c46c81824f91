using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>How the Batch service should respond when a Task completes.</summary>
public sealed class ExitOptions
{
    [JsonPropertyName("jobAction")]
    [JsonConverter(typeof(ExtensibleEnumStringConverter<BatchJobActionKind>))]
    public string? JobAction { get; set; }

    [JsonPropertyName("dependencyAction")]
    [JsonConverter(typeof(ExtensibleEnumStringConverter<DependencyAction>))]
    public string? DependencyAction { get; set; }
}
