using System;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>An error response received from the Azure Batch service.</summary>
public sealed class BatchError
{
    [JsonPropertyName("code")]
    public string? Code { get; set; }

    [JsonPropertyName("message")]
    public BatchErrorMessage? Message { get; set; }

    [JsonPropertyName("values")]
    public BatchErrorDetail[] Values { get; set; } = Array.Empty<BatchErrorDetail>();
}
