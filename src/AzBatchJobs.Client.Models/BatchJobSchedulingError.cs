using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>An error encountered by the Batch service when scheduling a Job.</summary>
public sealed class BatchJobSchedulingError
{
    [JsonPropertyName("category")]
    [JsonConverter(typeof(ExtensibleEnumStringConverter<BatchErrorSourceCategory>))]
    public string? Category { get; set; }

    [JsonPropertyName("code")]
    public string? Code { get; set; }

    [JsonPropertyName("message")]
    public string? Message { get; set; }

    [JsonPropertyName("details")]
    public NameValuePair[] Details { get; set; } = Array.Empty<NameValuePair>();
}
