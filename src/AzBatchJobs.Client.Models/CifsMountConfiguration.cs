using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>Information used to connect to a CIFS file system.</summary>
public sealed class CifsMountConfiguration
{
    [JsonPropertyName("username")]
    public string? Username { get; set; }

    [JsonPropertyName("source")]
    public string? Source { get; set; }

    [JsonPropertyName("relativeMountPath")]
    public string? RelativeMountPath { get; set; }

    [JsonPropertyName("mountOptions")]
    public string? MountOptions { get; set; }

    [JsonPropertyName("password")]
    public string? Password { get; set; }
}
