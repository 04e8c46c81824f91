using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>On every file upload, the Batch service writes two log files to the compute node, 'fileuploadout.txt' and 'fileuploaderr.txt'.</summary>
public sealed class OutputFile
{
    [JsonPropertyName("filePattern")]
    public string? FilePattern { get; set; }

    [JsonPropertyName("destination")]
    public OutputFileDestination? Destination { get; set; }

    [JsonPropertyName("uploadOptions")]
    public OutputFileUploadConfig? UploadOptions { get; set; }
}
