using System;
using System.Collections.Generic;
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
    public IList<ResourceFile> ResourceFiles { get; set; } = new List<ResourceFile>();

    [JsonPropertyName("environmentSettings")]
    public IList<EnvironmentSetting> EnvironmentSettings { get; set; } = new List<EnvironmentSetting>();

    [JsonPropertyName("maxWallClockTime")]
    public TimeSpan? MaxWallClockTime { get; set; }

    [JsonPropertyName("retentionTime")]
    public TimeSpan? RetentionTime { get; set; }

    [JsonPropertyName("userIdentity")]
    public UserIdentity? UserIdentity { get; set; }
}
