using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>Properties used to create a user Account on a Linux Compute Node.</summary>
public sealed class LinuxUserConfiguration
{
    [JsonPropertyName("uid")]
    public int? Uid { get; set; }

    [JsonPropertyName("gid")]
    public int? Gid { get; set; }

    [JsonPropertyName("sshPrivateKey")]
    public string? SshPrivateKey { get; set; }
}
