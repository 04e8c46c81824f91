using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The ephemeral disk settings for the operating system disk of a compute node.</summary>
public sealed class BatchDiffDiskSettings
{
    [JsonPropertyName("placement")]
    public DiffDiskPlacement? Placement { get; set; }
}
