using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>Information used to connect to an NFS file system.</summary>
public sealed class NfsMountConfiguration
{
    [JsonPropertyName("source")]
    public string? Source { get; set; }

    [JsonPropertyName("relativeMountPath")]
    public string? RelativeMountPath { get; set; }

    [JsonPropertyName("mountOptions")]
    public string? MountOptions { get; set; }
}
