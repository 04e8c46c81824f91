using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>An item of additional information included in an Azure Batch error response.</summary>
public sealed class BatchErrorDetail
{
    [JsonPropertyName("key")]
    public string? Key { get; set; }

    [JsonPropertyName("value")]
    public string? Value { get; set; }
}
