using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>Information about a Task failure.</summary>
public sealed class BatchTaskFailureInfo
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
