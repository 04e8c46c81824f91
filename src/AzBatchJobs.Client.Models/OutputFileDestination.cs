using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The destination to which a file should be uploaded.</summary>
public sealed class OutputFileDestination
{
    [JsonPropertyName("container")]
    public OutputFileBlobContainerDestination? Container { get; set; }
}
