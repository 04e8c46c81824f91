using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>Parameters for creating an Azure Batch Job.</summary>
public sealed class BatchJobCreateOptions
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("displayName")]
    public string? DisplayName { get; set; }

    [JsonPropertyName("usesTaskDependencies")]
    public bool? UsesTaskDependencies { get; set; }

    [JsonPropertyName("priority")]
    public int? Priority { get; set; }

    [JsonPropertyName("allowTaskPreemption")]
    public bool? AllowTaskPreemption { get; set; }

    [JsonPropertyName("maxParallelTasks")]
    public int? MaxParallelTasks { get; set; }

    [JsonPropertyName("constraints")]
    public BatchJobConstraints? Constraints { get; set; }

    [JsonPropertyName("jobManagerTask")]
    public BatchJobManagerTask? JobManagerTask { get; set; }

    [JsonPropertyName("jobPreparationTask")]
    public BatchJobPreparationTask? JobPreparationTask { get; set; }

    [JsonPropertyName("jobReleaseTask")]
    public BatchJobReleaseTask? JobReleaseTask { get; set; }

    [JsonPropertyName("commonEnvironmentSettings")]
    public EnvironmentSetting[] CommonEnvironmentSettings { get; set; } = Array.Empty<EnvironmentSetting>();

    [JsonPropertyName("poolInfo")]
    public BatchPoolInfo? PoolInfo { get; set; }

    [JsonPropertyName("onAllTasksComplete")]
    [JsonConverter(typeof(ExtensibleEnumStringConverter<BatchAllTasksCompleteMode>))]
    public string? OnAllTasksComplete { get; set; }

    [JsonPropertyName("onTaskFailure")]
    [JsonConverter(typeof(ExtensibleEnumStringConverter<BatchTaskFailureMode>))]
    public string? OnTaskFailure { get; set; }

    [JsonPropertyName("networkConfiguration")]
    public BatchJobNetworkConfiguration? NetworkConfiguration { get; set; }

    [JsonPropertyName("metadata")]
    public BatchMetadataItem[] Metadata { get; set; } = Array.Empty<BatchMetadataItem>();
}
