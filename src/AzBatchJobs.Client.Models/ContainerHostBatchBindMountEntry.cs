using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>An entry of path and mount mode to mount into a Task container.</summary>
public sealed class ContainerHostBatchBindMountEntry
{
    [JsonPropertyName("source")]
    public ContainerHostDataPath? Source { get; set; }

    [JsonPropertyName("isReadOnly")]
    public bool? IsReadOnly { get; set; }
}
