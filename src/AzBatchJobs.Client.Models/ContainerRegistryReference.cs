using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>A private container registry.</summary>
public sealed class ContainerRegistryReference
{
    [JsonPropertyName("username")]
    public string? Username { get; set; }

    [JsonPropertyName("password")]
    public string? Password { get; set; }

    [JsonPropertyName("registryServer")]
    public string? RegistryServer { get; set; }

    [JsonPropertyName("identityReference")]
    public BatchNodeIdentityReference? IdentityReference { get; set; }
}
