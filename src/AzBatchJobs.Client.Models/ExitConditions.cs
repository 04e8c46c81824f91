using System;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>How the Batch service should respond when a Task completes.</summary>
public sealed class ExitConditions
{
    [JsonPropertyName("exitCodes")]
    public ExitCodeMapping[] ExitCodes { get; set; } = Array.Empty<ExitCodeMapping>();

    [JsonPropertyName("exitCodeRanges")]
    public ExitCodeRangeMapping[] ExitCodeRanges { get; set; } = Array.Empty<ExitCodeRangeMapping>();

    [JsonPropertyName("preProcessingError")]
    public ExitOptions? PreProcessingError { get; set; }

    [JsonPropertyName("fileUploadError")]
    public ExitOptions? FileUploadError { get; set; }

    [JsonPropertyName("default")]
    public ExitOptions? Default { get; set; }
}
