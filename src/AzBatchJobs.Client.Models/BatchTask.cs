using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>A Batch Task as the service returns it.</summary>
public sealed class BatchTask
{
    /// <summary>The ID of the Job this object belongs to (set by the client, not on the wire).</summary>
    [JsonIgnore]
    public string? JobId { get; set; }

    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("displayName")]
    public string? DisplayName { get; set; }

    [JsonPropertyName("url")]
    public string? Url { get; set; }

    [JsonPropertyName("eTag")]
    public string? ETag { get; set; }

    [JsonPropertyName("lastModified")]
    public DateTimeOffset? LastModified { get; set; }

    [JsonPropertyName("creationTime")]
    public DateTimeOffset? CreationTime { get; set; }

    [JsonPropertyName("exitConditions")]
    public ExitConditions? ExitConditions { get; set; }

    [JsonPropertyName("state")]
    [JsonConverter(typeof(ExtensibleEnumStringConverter<BatchTaskState>))]
    public string? State { get; set; }

    [JsonPropertyName("stateTransitionTime")]
    public DateTimeOffset? StateTransitionTime { get; set; }

    [JsonPropertyName("previousState")]
    [JsonConverter(typeof(ExtensibleEnumStringConverter<BatchTaskState>))]
    public string? PreviousState { get; set; }

    [JsonPropertyName("previousStateTransitionTime")]
    public DateTimeOffset? PreviousStateTransitionTime { get; set; }

    [JsonPropertyName("commandLine")]
    public string? CommandLine { get; set; }

    [JsonPropertyName("containerSettings")]
    public BatchTaskContainerSettings? ContainerSettings { get; set; }

    [JsonPropertyName("resourceFiles")]
    public ResourceFile[] ResourceFiles { get; set; } = Array.Empty<ResourceFile>();

    [JsonPropertyName("outputFiles")]
    public OutputFile[] OutputFiles { get; set; } = Array.Empty<OutputFile>();

    [JsonPropertyName("environmentSettings")]
    public EnvironmentSetting[] EnvironmentSettings { get; set; } = Array.Empty<EnvironmentSetting>();

    [JsonPropertyName("affinityInfo")]
    public BatchAffinityInfo? AffinityInfo { get; set; }

    [JsonPropertyName("constraints")]
    public BatchTaskConstraints? Constraints { get; set; }

    [JsonPropertyName("requiredSlots")]
    public int? RequiredSlots { get; set; }

    [JsonPropertyName("userIdentity")]
    public UserIdentity? UserIdentity { get; set; }

    [JsonPropertyName("executionInfo")]
    public BatchTaskExecutionInfo? ExecutionInfo { get; set; }

    [JsonPropertyName("nodeInfo")]
    public BatchNodeInfo? NodeInfo { get; set; }

    [JsonPropertyName("multiInstanceSettings")]
    public MultiInstanceSettings? MultiInstanceSettings { get; set; }

    [JsonPropertyName("stats")]
    public BatchTaskStatistics? Stats { get; set; }

    [JsonPropertyName("dependsOn")]
    public BatchTaskDependencies? DependsOn { get; set; }

    [JsonPropertyName("applicationPackageReferences")]
    public BatchApplicationPackageReference[] ApplicationPackageReferences { get; set; } = Array.Empty<BatchApplicationPackageReference>();

    [JsonPropertyName("authenticationTokenSettings")]
    public AuthenticationTokenSettings? AuthenticationTokenSettings { get; set; }
}
