using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>Information about the execution of a Job Preparation Task on a Compute Node.</summary>
public sealed class BatchJobPreparationTaskExecutionInfo
{
    [JsonPropertyName("startTime")]
    public DateTimeOffset? StartTime { get; set; }

    [JsonPropertyName("endTime")]
    public DateTimeOffset? EndTime { get; set; }

    [JsonPropertyName("state")]
    [JsonConverter(typeof(ExtensibleEnumStringConverter<BatchJobPreparationTaskState>))]
    public string? State { get; set; }

    [JsonPropertyName("taskRootDirectory")]
    public string? TaskRootDirectory { get; set; }

    [JsonPropertyName("taskRootDirectoryUrl")]
    public string? TaskRootDirectoryUrl { get; set; }

    [JsonPropertyName("exitCode")]
    public int? ExitCode { get; set; }

    [JsonPropertyName("containerInfo")]
    public BatchTaskContainerExecutionInfo? ContainerInfo { get; set; }

    [JsonPropertyName("failureInfo")]
    public BatchTaskFailureInfo? FailureInfo { get; set; }

    [JsonPropertyName("retryCount")]
    public int? RetryCount { get; set; }

    [JsonPropertyName("lastRetryTime")]
    public DateTimeOffset? LastRetryTime { get; set; }

    [JsonPropertyName("result")]
    [JsonConverter(typeof(ExtensibleEnumStringConverter<BatchTaskExecutionResult>))]
    public string? Result { get; set; }
}
