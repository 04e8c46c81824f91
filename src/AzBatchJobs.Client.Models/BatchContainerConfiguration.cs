using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The configuration for container-enabled Pools.</summary>
public sealed class BatchContainerConfiguration
{
    [JsonPropertyName("type")]
    [JsonConverter(typeof(ExtensibleEnumStringConverter<ContainerType>))]
    public string? Type { get; set; }

    [JsonPropertyName("containerImageNames")]
    public string[] ContainerImageNames { get; set; } = Array.Empty<string>();

    [JsonPropertyName("containerRegistries")]
    public ContainerRegistryReference[] ContainerRegistries { get; set; } = Array.Empty<ContainerRegistryReference>();
}
