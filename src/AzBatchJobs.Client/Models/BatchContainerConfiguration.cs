using System;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The configuration for container-enabled Pools.</summary>
public sealed class BatchContainerConfiguration
{
    [JsonPropertyName("type")]
    public ContainerType? Type { get; set; }

    [JsonPropertyName("containerImageNames")]
    public string[] ContainerImageNames { get; set; } = Array.Empty<string>();

    [JsonPropertyName("containerRegistries")]
    public ContainerRegistryReference[] ContainerRegistries { get; set; } = Array.Empty<ContainerRegistryReference>();
}
