using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The reference of one of the pool identities, used to access the key vault.</summary>
public sealed class BatchPoolIdentityReference
{
    [JsonPropertyName("resourceId")]
    public string? ResourceId { get; set; }
}
