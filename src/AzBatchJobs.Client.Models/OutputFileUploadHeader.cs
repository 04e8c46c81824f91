using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>An HTTP header name-value pair used when uploading output files.</summary>
public sealed class OutputFileUploadHeader
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("value")]
    public string? Value { get; set; }
}
