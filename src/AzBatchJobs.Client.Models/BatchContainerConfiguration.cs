using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The configuration for container-enabled Pools.</summary>
public sealed class BatchContainerConfiguration
{
    [JsonPropertyName("type")]
    public ContainerType? Type { get; set; }

    [JsonPropertyName("containerImageNames")]
    public IList<string> ContainerImageNames { get; set; } = new List<string>();

    [JsonPropertyName("containerRegistries")]
    public IList<ContainerRegistryReference> ContainerRegistries { get; set; } = new List<ContainerRegistryReference>();
}
