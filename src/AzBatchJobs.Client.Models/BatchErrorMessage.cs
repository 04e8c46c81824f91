using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>An error message received in an Azure Batch error response.</summary>
public sealed class BatchErrorMessage
{
    [JsonPropertyName("lang")]
    public string? Lang { get; set; }

    [JsonPropertyName("value")]
    public string? Value { get; set; }
}
