using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>Specifies how a Job should be assigned to a Pool: an existing Pool, or an auto Pool.</summary>
public sealed class BatchPoolInfo
{
    [JsonPropertyName("poolId")]
    public string? PoolId { get; set; }

    [JsonPropertyName("autoPoolSpecification")]
    public BatchAutoPoolSpecification? AutoPoolSpecification { get; set; }
}
