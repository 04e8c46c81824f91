using System;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>A Task run on each Compute Node as it joins the Pool.</summary>
public sealed class BatchStartTask
{
    [JsonPropertyName("commandLine")]
    public string? CommandLine { get; set; }

    [JsonPropertyName("containerSettings")]
    public BatchTaskContainerSettings? ContainerSettings { get; set; }

    [JsonPropertyName("resourceFiles")]
    public ResourceFile[] ResourceFiles { get; set; } = Array.Empty<ResourceFile>();

    [JsonPropertyName("environmentSettings")]
    public EnvironmentSetting[] EnvironmentSettings { get; set; } = Array.Empty<EnvironmentSetting>();

    [JsonPropertyName("userIdentity")]
    public UserIdentity? UserIdentity { get; set; }

    [JsonPropertyName("maxTaskRetryCount")]
    public int? MaxTaskRetryCount { get; set; }

    [JsonPropertyName("waitForSuccess")]
    public bool? WaitForSuccess { get; set; }
}
