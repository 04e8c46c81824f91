using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>
/// A Job Schedule: when to run Jobs (<see cref="Schedule"/>) and the specification each Job is
/// created from. Its Jobs are named "{Id}:job-{n}".
/// </summary>
public sealed class BatchJobSchedule
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("displayName")]
    public string? DisplayName { get; set; }

    [JsonPropertyName("url")]
    public string? Url { get; set; }

    [JsonPropertyName("eTag")]
    public string? ETag { get; set; }

    /// <summary>The last change of the schedule itself (not of its jobs).</summary>
    [JsonPropertyName("lastModified")]
    public DateTimeOffset? LastModified { get; set; }

    [JsonPropertyName("creationTime")]
    public DateTimeOffset? CreationTime { get; set; }

    [JsonPropertyName("state")]

    [JsonConverter(typeof(ExtensibleEnumStringConverter<BatchJobScheduleState>))]

    public string? State { get; set; }

    [JsonPropertyName("stateTransitionTime")]
    public DateTimeOffset? StateTransitionTime { get; set; }

    [JsonPropertyName("previousState")]

    [JsonConverter(typeof(ExtensibleEnumStringConverter<BatchJobScheduleState>))]

    public string? PreviousState { get; set; }

    [JsonPropertyName("previousStateTransitionTime")]
    public DateTimeOffset? PreviousStateTransitionTime { get; set; }

    [JsonPropertyName("schedule")]
    public BatchJobScheduleConfiguration? Schedule { get; set; }

    [JsonPropertyName("jobSpecification")]
    public BatchJobSpecification? JobSpecification { get; set; }

    [JsonPropertyName("executionInfo")]
    public BatchJobScheduleExecutionInfo? ExecutionInfo { get; set; }

    [JsonPropertyName("metadata")]
    public BatchMetadataItem[] Metadata { get; set; } = Array.Empty<BatchMetadataItem>();

    /// <summary>The spec's BatchJobScheduleStatistics, which has the properties of BatchJobStatistics (over all its Jobs).</summary>
    [JsonPropertyName("stats")]
    public BatchJobStatistics? Stats { get; set; }
}
