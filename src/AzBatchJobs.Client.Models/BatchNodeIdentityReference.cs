using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The reference to a user assigned identity associated with the Batch pool which a compute node will use.</summary>
public sealed class BatchNodeIdentityReference
{
    [JsonPropertyName("resourceId")]
    public string? ResourceId { get; set; }
}
