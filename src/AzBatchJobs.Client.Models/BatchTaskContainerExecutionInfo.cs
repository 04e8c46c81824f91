using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>Information about the container under which a Task is executing.</summary>
public sealed class BatchTaskContainerExecutionInfo
{
    [JsonPropertyName("containerId")]
    public string? ContainerId { get; set; }

    [JsonPropertyName("state")]
    public string? State { get; set; }

    [JsonPropertyName("error")]
    public string? Error { get; set; }
}
