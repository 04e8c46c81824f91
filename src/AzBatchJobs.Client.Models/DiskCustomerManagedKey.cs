using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The Customer Managed Key reference to encrypt the Disk.</summary>
public sealed class DiskCustomerManagedKey
{
    [JsonPropertyName("identityReference")]
    public BatchPoolIdentityReference? IdentityReference { get; set; }

    [JsonPropertyName("keyUrl")]
    public string? KeyUrl { get; set; }

    [JsonPropertyName("rotationToLatestKeyVersionEnabled")]
    public bool? RotationToLatestKeyVersionEnabled { get; set; }
}
