using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>A single file or multiple files to be downloaded to a Compute Node.</summary>
public sealed class ResourceFile
{
    [JsonPropertyName("autoStorageContainerName")]
    public string? AutoStorageContainerName { get; set; }

    [JsonPropertyName("storageContainerUrl")]
    public string? StorageContainerUrl { get; set; }

    [JsonPropertyName("httpUrl")]
    public string? HttpUrl { get; set; }

    [JsonPropertyName("blobPrefix")]
    public string? BlobPrefix { get; set; }

    [JsonPropertyName("filePath")]
    public string? FilePath { get; set; }

    [JsonPropertyName("fileMode")]
    public string? FileMode { get; set; }

    [JsonPropertyName("identityReference")]
    public BatchNodeIdentityReference? IdentityReference { get; set; }
}
