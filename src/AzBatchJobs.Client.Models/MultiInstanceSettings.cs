using System;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>Settings which specify how to run a multi-instance Task.</summary>
public sealed class MultiInstanceSettings
{
    [JsonPropertyName("numberOfInstances")]
    public int? NumberOfInstances { get; set; }

    [JsonPropertyName("coordinationCommandLine")]
    public string? CoordinationCommandLine { get; set; }

    [JsonPropertyName("commonResourceFiles")]
    public ResourceFile[] CommonResourceFiles { get; set; } = Array.Empty<ResourceFile>();
}
