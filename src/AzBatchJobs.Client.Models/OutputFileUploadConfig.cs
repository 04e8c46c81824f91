using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>Options for an output file upload operation, including under what conditions to perform the upload.</summary>
public sealed class OutputFileUploadConfig
{
    [JsonPropertyName("uploadCondition")]
    [JsonConverter(typeof(ExtensibleEnumStringConverter<OutputFileUploadCondition>))]
    public string? UploadCondition { get; set; }
}
