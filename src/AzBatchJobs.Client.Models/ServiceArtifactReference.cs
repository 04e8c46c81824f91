using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The service artifact reference id used to set the same image version for all virtual machines.</summary>
public sealed class ServiceArtifactReference
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }
}
