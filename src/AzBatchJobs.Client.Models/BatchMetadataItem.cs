using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>A name-value pair associated with a Batch resource as metadata.</summary>
public sealed class BatchMetadataItem
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("value")]
    public string? Value { get; set; }
}
