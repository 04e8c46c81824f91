using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>How the Batch service should respond if a Task exits with a particular exit code.</summary>
public sealed class ExitCodeMapping
{
    [JsonPropertyName("code")]
    public int? Code { get; set; }

    [JsonPropertyName("exitOptions")]
    public ExitOptions? ExitOptions { get; set; }
}
