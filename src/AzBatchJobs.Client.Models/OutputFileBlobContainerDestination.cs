using System;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>A file upload destination within an Azure blob storage container.</summary>
public sealed class OutputFileBlobContainerDestination
{
    [JsonPropertyName("path")]
    public string? Path { get; set; }

    [JsonPropertyName("containerUrl")]
    public string? ContainerUrl { get; set; }

    [JsonPropertyName("identityReference")]
    public BatchNodeIdentityReference? IdentityReference { get; set; }

    [JsonPropertyName("uploadHeaders")]
    public OutputFileUploadHeader[] UploadHeaders { get; set; } = Array.Empty<OutputFileUploadHeader>();
}
