using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>A file system to mount on each node (exactly one of the properties).</summary>
public sealed class MountConfiguration
{
    [JsonPropertyName("azureBlobFileSystemConfiguration")]
    public AzureBlobFileSystemConfiguration? AzureBlobFileSystemConfiguration { get; set; }

    [JsonPropertyName("nfsMountConfiguration")]
    public NfsMountConfiguration? NfsMountConfiguration { get; set; }

    [JsonPropertyName("cifsMountConfiguration")]
    public CifsMountConfiguration? CifsMountConfiguration { get; set; }

    [JsonPropertyName("azureFileShareConfiguration")]
    public AzureFileShareConfiguration? AzureFileShareConfiguration { get; set; }
}
