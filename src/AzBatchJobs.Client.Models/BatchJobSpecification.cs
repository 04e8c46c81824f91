using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The Jobs a Job Schedule creates: a Job's create properties without the id (PoolInfo is required).</summary>
public sealed class BatchJobSpecification
{
    [JsonPropertyName("priority")]
    public int? Priority { get; set; }

    [JsonPropertyName("allowTaskPreemption")]
    public bool? AllowTaskPreemption { get; set; }

    [JsonPropertyName("maxParallelTasks")]
    public int? MaxParallelTasks { get; set; }

    [JsonPropertyName("displayName")]
    public string? DisplayName { get; set; }

    [JsonPropertyName("usesTaskDependencies")]
    public bool? UsesTaskDependencies { get; set; }

    [JsonPropertyName("onAllTasksComplete")]

    [JsonConverter(typeof(ExtensibleEnumStringConverter<BatchAllTasksCompleteMode>))]

    public string? OnAllTasksComplete { get; set; }

    [JsonPropertyName("onTaskFailure")]

    [JsonConverter(typeof(ExtensibleEnumStringConverter<BatchTaskFailureMode>))]

    public string? OnTaskFailure { get; set; }

    [JsonPropertyName("networkConfiguration")]
    public BatchJobNetworkConfiguration? NetworkConfiguration { get; set; }

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

    [JsonPropertyName("metadata")]
    public BatchMetadataItem[] Metadata { get; set; } = Array.Empty<BatchMetadataItem>();
}
