using System;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>A Job Preparation Task to run before any Tasks of the Job on any given Compute Node.</summary>
public sealed class BatchJobPreparationTask
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("commandLine")]
    public string? CommandLine { get; set; }

    [JsonPropertyName("containerSettings")]
    public BatchTaskContainerSettings? ContainerSettings { get; set; }

    [JsonPropertyName("resourceFiles")]
    public ResourceFile[] ResourceFiles { get; set; } = Array.Empty<ResourceFile>();

    [JsonPropertyName("environmentSettings")]
    public EnvironmentSetting[] EnvironmentSettings { get; set; } = Array.Empty<EnvironmentSetting>();

    [JsonPropertyName("constraints")]
    public BatchTaskConstraints? Constraints { get; set; }

    [JsonPropertyName("waitForSuccess")]
    public bool? WaitForSuccess { get; set; }

    [JsonPropertyName("userIdentity")]
    public UserIdentity? UserIdentity { get; set; }

    [JsonPropertyName("rerunOnNodeRebootAfterSuccess")]
    public bool? RerunOnNodeRebootAfterSuccess { get; set; }
}
