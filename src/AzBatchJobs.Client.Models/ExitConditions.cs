using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>How the Batch service should respond when a Task completes.</summary>
public sealed class ExitConditions
{
    [JsonPropertyName("exitCodes")]
    public IList<ExitCodeMapping> ExitCodes { get; set; } = new List<ExitCodeMapping>();

    [JsonPropertyName("exitCodeRanges")]
    public IList<ExitCodeRangeMapping> ExitCodeRanges { get; set; } = new List<ExitCodeRangeMapping>();

    [JsonPropertyName("preProcessingError")]
    public ExitOptions? PreProcessingError { get; set; }

    [JsonPropertyName("fileUploadError")]
    public ExitOptions? FileUploadError { get; set; }

    [JsonPropertyName("default")]
    public ExitOptions? Default { get; set; }
}
