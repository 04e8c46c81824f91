using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The container settings for a Task.</summary>
public sealed class BatchTaskContainerSettings
{
    [JsonPropertyName("containerRunOptions")]
    public string? ContainerRunOptions { get; set; }

    [JsonPropertyName("imageName")]
    public string? ImageName { get; set; }

    [JsonPropertyName("registry")]
    public ContainerRegistryReference? Registry { get; set; }

    [JsonPropertyName("workingDirectory")]
    [JsonConverter(typeof(ExtensibleEnumStringConverter<ContainerWorkingDirectory>))]
    public string? WorkingDirectory { get; set; }

    [JsonPropertyName("containerHostBatchBindMounts")]
    public ContainerHostBatchBindMountEntry[] ContainerHostBatchBindMounts { get; set; } = Array.Empty<ContainerHostBatchBindMountEntry>();
}
