using System.Collections.Generic;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>Parameters for updating an Azure Batch Job (PATCH: omitted properties are left unchanged; an empty Metadata list clears it).</summary>
public sealed class BatchJobUpdateOptions
{
    [JsonPropertyName("priority")]
    public int? Priority { get; set; }

    [JsonPropertyName("allowTaskPreemption")]
    public bool? AllowTaskPreemption { get; set; }

    [JsonPropertyName("maxParallelTasks")]
    public int? MaxParallelTasks { get; set; }

    [JsonPropertyName("constraints")]
    public BatchJobConstraints? Constraints { get; set; }

    [JsonPropertyName("poolInfo")]
    public BatchPoolInfo? PoolInfo { get; set; }

    [JsonPropertyName("onAllTasksComplete")]
    [JsonConverter(typeof(ExtensibleEnumStringConverter<BatchAllTasksCompleteMode>))]
    public string? OnAllTasksComplete { get; set; }

    [JsonPropertyName("metadata")]
    [WriteWhenEmpty]
    public BatchMetadataItem[]? Metadata { get; set; }

    [JsonPropertyName("networkConfiguration")]
    public BatchJobNetworkConfiguration? NetworkConfiguration { get; set; }
}
