using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>Information about the execution of a Task.</summary>
public sealed class BatchTaskExecutionInfo
{
    [JsonPropertyName("startTime")]
    public DateTimeOffset? StartTime { get; set; }

    [JsonPropertyName("endTime")]
    public DateTimeOffset? EndTime { get; set; }

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

    [JsonPropertyName("requeueCount")]
    public int? RequeueCount { get; set; }

    [JsonPropertyName("lastRequeueTime")]
    public DateTimeOffset? LastRequeueTime { get; set; }

    [JsonPropertyName("result")]
    [JsonConverter(typeof(ExtensibleEnumStringConverter<BatchTaskExecutionResult>))]
    public string? Result { get; set; }
}
