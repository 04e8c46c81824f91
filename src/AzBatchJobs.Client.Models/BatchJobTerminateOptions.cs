using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>Parameters for terminating an Azure Batch Job.</summary>
public sealed class BatchJobTerminateOptions
{
    [JsonPropertyName("terminateReason")]
    public string? TerminateReason { get; set; }
}
