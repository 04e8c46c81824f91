using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>Options for an output file upload operation, including under what conditions to perform the upload.</summary>
public sealed class OutputFileUploadConfig
{
    [JsonPropertyName("uploadCondition")]
    public OutputFileUploadCondition? UploadCondition { get; set; }
}
