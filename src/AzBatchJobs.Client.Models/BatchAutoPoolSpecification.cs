using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>Characteristics of a temporary 'auto pool' the Batch service creates when the Job is submitted.</summary>
public sealed class BatchAutoPoolSpecification
{
    [JsonPropertyName("autoPoolIdPrefix")]
    public string? AutoPoolIdPrefix { get; set; }

    [JsonPropertyName("poolLifetimeOption")]
    [JsonConverter(typeof(ExtensibleEnumStringConverter<BatchPoolLifetimeOption>))]
    public string? PoolLifetimeOption { get; set; }

    [JsonPropertyName("keepAlive")]
    public bool? KeepAlive { get; set; }

    [JsonPropertyName("pool")]
    public BatchPoolSpecification? Pool { get; set; }
}
