using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>An Azure Batch Job.</summary>
public sealed class BatchJob
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("displayName")]
    public string? DisplayName { get; set; }

    [JsonPropertyName("usesTaskDependencies")]
    public bool? UsesTaskDependencies { get; set; }

    [JsonPropertyName("url")]
    public string? Url { get; set; }

    [JsonPropertyName("eTag")]
    public string? ETag { get; set; }

    [JsonPropertyName("lastModified")]
    public DateTimeOffset? LastModified { get; set; }

    [JsonPropertyName("creationTime")]
    public DateTimeOffset? CreationTime { get; set; }

    [JsonPropertyName("state")]
    [JsonConverter(typeof(ExtensibleEnumStringConverter<BatchJobState>))]
    public string? State { get; set; }

    [JsonPropertyName("stateTransitionTime")]
    public DateTimeOffset? StateTransitionTime { get; set; }

    [JsonPropertyName("previousState")]
    [JsonConverter(typeof(ExtensibleEnumStringConverter<BatchJobState>))]
    public string? PreviousState { get; set; }

    [JsonPropertyName("previousStateTransitionTime")]
    public DateTimeOffset? PreviousStateTransitionTime { get; set; }

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

    [JsonPropertyName("executionInfo")]
    public BatchJobExecutionInfo? ExecutionInfo { get; set; }

    [JsonPropertyName("stats")]
    public BatchJobStatistics? Stats { get; set; }
}
