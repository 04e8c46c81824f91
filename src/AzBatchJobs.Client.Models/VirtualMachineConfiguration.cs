using System;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The configuration for Compute Nodes in a Pool based on the Azure Virtual Machines infrastructure.</summary>
public sealed class VirtualMachineConfiguration
{
    [JsonPropertyName("imageReference")]
    public BatchVmImageReference? ImageReference { get; set; }

    [JsonPropertyName("nodeAgentSKUId")]
    public string? NodeAgentSkuId { get; set; }

    [JsonPropertyName("windowsConfiguration")]
    public WindowsConfiguration? WindowsConfiguration { get; set; }

    [JsonPropertyName("dataDisks")]
    public DataDisk[] DataDisks { get; set; } = Array.Empty<DataDisk>();

    [JsonPropertyName("licenseType")]
    public string? LicenseType { get; set; }

    [JsonPropertyName("containerConfiguration")]
    public BatchContainerConfiguration? ContainerConfiguration { get; set; }

    [JsonPropertyName("diskEncryptionConfiguration")]
    public DiskEncryptionConfiguration? DiskEncryptionConfiguration { get; set; }

    [JsonPropertyName("nodePlacementConfiguration")]
    public BatchNodePlacementConfiguration? NodePlacementConfiguration { get; set; }

    [JsonPropertyName("extensions")]
    public VMExtension[] Extensions { get; set; } = Array.Empty<VMExtension>();

    [JsonPropertyName("osDisk")]
    public BatchOsDisk? OsDisk { get; set; }

    [JsonPropertyName("securityProfile")]
    public SecurityProfile? SecurityProfile { get; set; }

    [JsonPropertyName("serviceArtifactReference")]
    public ServiceArtifactReference? ServiceArtifactReference { get; set; }
}
