using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>A reference to an Azure Virtual Machines Marketplace Image or an Azure Compute Gallery Image.</summary>
public sealed class BatchVmImageReference
{
    [JsonPropertyName("publisher")]
    public string? Publisher { get; set; }

    [JsonPropertyName("offer")]
    public string? Offer { get; set; }

    [JsonPropertyName("sku")]
    public string? Sku { get; set; }

    [JsonPropertyName("version")]
    public string? Version { get; set; }

    [JsonPropertyName("virtualMachineImageId")]
    public string? VirtualMachineImageId { get; set; }

    [JsonPropertyName("exactVersion")]
    public string? ExactVersion { get; set; }

    [JsonPropertyName("sharedGalleryImageId")]
    public string? SharedGalleryImageId { get; set; }

    [JsonPropertyName("communityGalleryImageId")]
    public string? CommunityGalleryImageId { get; set; }
}
