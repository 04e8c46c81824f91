using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The ephemeral disk settings for the operating system disk of a compute node.</summary>
public sealed class BatchDiffDiskSettings
{
    [JsonPropertyName("placement")]
    [JsonConverter(typeof(ExtensibleEnumStringConverter<DiffDiskPlacement>))]
    public string? Placement { get; set; }
}
