using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>Characteristics of a temporary 'auto pool' the Batch service creates when the Job is submitted.</summary>
public sealed class BatchAutoPoolSpecification
{
    [JsonPropertyName("autoPoolIdPrefix")]
    public string? AutoPoolIdPrefix { get; set; }

    [JsonPropertyName("poolLifetimeOption")]
    public BatchPoolLifetimeOption? PoolLifetimeOption { get; set; }

    [JsonPropertyName("keepAlive")]
    public bool? KeepAlive { get; set; }

    [JsonPropertyName("pool")]
    public BatchPoolSpecification? Pool { get; set; }
}
