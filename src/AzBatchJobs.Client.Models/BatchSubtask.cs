using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>Information about an Azure Batch subtask of a multi-instance Task.</summary>
public sealed class BatchSubtask
{
    /// <summary>The ID of the Job this object belongs to (set by the client, not on the wire).</summary>
    [JsonIgnore]
    public string? JobId { get; set; }

    /// <summary>The ID of the Task this object belongs to (set by the client, not on the wire).</summary>
    [JsonIgnore]
    public string? TaskId { get; set; }

    [JsonPropertyName("id")]
    public int? Id { get; set; }

    [JsonPropertyName("nodeInfo")]
    public BatchNodeInfo? NodeInfo { get; set; }

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

    [JsonPropertyName("state")]
    [JsonConverter(typeof(ExtensibleEnumStringConverter<BatchSubtaskState>))]
    public string? State { get; set; }

    [JsonPropertyName("stateTransitionTime")]
    public DateTimeOffset? StateTransitionTime { get; set; }

    [JsonPropertyName("previousState")]
    [JsonConverter(typeof(ExtensibleEnumStringConverter<BatchSubtaskState>))]
    public string? PreviousState { get; set; }

    [JsonPropertyName("previousStateTransitionTime")]
    public DateTimeOffset? PreviousStateTransitionTime { get; set; }

    [JsonPropertyName("result")]
    [JsonConverter(typeof(ExtensibleEnumStringConverter<BatchTaskExecutionResult>))]
    public string? Result { get; set; }
}
