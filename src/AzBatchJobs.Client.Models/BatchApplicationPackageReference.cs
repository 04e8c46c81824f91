using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>A reference to a Package to be deployed to Compute Nodes.</summary>
public sealed class BatchApplicationPackageReference
{
    [JsonPropertyName("applicationId")]
    public string? ApplicationId { get; set; }

    [JsonPropertyName("version")]
    public string? Version { get; set; }
}
