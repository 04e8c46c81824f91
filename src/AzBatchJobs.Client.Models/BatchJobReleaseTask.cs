using System;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>A Job Release Task to run on Job completion on any Compute Node where the Job has run.</summary>
public sealed class BatchJobReleaseTask
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

    [JsonPropertyName("maxWallClockTime")]
    public TimeSpan? MaxWallClockTime { get; set; }

    [JsonPropertyName("retentionTime")]
    public TimeSpan? RetentionTime { get; set; }

    [JsonPropertyName("userIdentity")]
    public UserIdentity? UserIdentity { get; set; }
}
