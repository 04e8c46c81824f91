using System.Collections.Generic;
using System.Text.Json.Serialization;

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
    public ContainerWorkingDirectory? WorkingDirectory { get; set; }

    [JsonPropertyName("containerHostBatchBindMounts")]
    public IList<ContainerHostBatchBindMountEntry> ContainerHostBatchBindMounts { get; set; } = new List<ContainerHostBatchBindMountEntry>();
}
