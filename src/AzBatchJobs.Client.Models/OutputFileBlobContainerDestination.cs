using System.Collections.Generic;
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
    public IList<OutputFileUploadHeader> UploadHeaders { get; set; } = new List<OutputFileUploadHeader>();
}
