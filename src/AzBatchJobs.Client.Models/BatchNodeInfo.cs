using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>Information about the Compute Node on which a Task ran.</summary>
public sealed class BatchNodeInfo
{
    [JsonPropertyName("affinityId")]
    public string? AffinityId { get; set; }

    [JsonPropertyName("nodeUrl")]
    public string? NodeUrl { get; set; }

    [JsonPropertyName("poolId")]
    public string? PoolId { get; set; }

    [JsonPropertyName("nodeId")]
    public string? NodeId { get; set; }

    [JsonPropertyName("taskRootDirectory")]
    public string? TaskRootDirectory { get; set; }

    [JsonPropertyName("taskRootDirectoryUrl")]
    public string? TaskRootDirectoryUrl { get; set; }
}
