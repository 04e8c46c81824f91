using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>An entry of path and mount mode to mount into a Task container.</summary>
public sealed class ContainerHostBatchBindMountEntry
{
    [JsonPropertyName("source")]
    [JsonConverter(typeof(ExtensibleEnumStringConverter<ContainerHostDataPath>))]
    public string? Source { get; set; }

    [JsonPropertyName("isReadOnly")]
    public bool? IsReadOnly { get; set; }
}
