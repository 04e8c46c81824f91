using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>Information used to connect to an Azure Storage Container using Blobfuse.</summary>
public sealed class AzureBlobFileSystemConfiguration
{
    [JsonPropertyName("accountName")]
    public string? AccountName { get; set; }

    [JsonPropertyName("containerName")]
    public string? ContainerName { get; set; }

    [JsonPropertyName("accountKey")]
    public string? AccountKey { get; set; }

    [JsonPropertyName("sasKey")]
    public string? SasKey { get; set; }

    [JsonPropertyName("blobfuseOptions")]
    public string? BlobfuseOptions { get; set; }

    [JsonPropertyName("relativeMountPath")]
    public string? RelativeMountPath { get; set; }

    [JsonPropertyName("identityReference")]
    public BatchNodeIdentityReference? IdentityReference { get; set; }
}
