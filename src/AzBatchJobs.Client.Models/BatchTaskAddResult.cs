using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The result of creating one Task in a create-Task-collection request (the spec's BatchTaskCreateResult).</summary>
public sealed class BatchTaskAddResult
{
    /// <summary>The ID of the Job this object belongs to (set by the client, not on the wire).</summary>
    [JsonIgnore]
    public string? JobId { get; set; }

    [JsonPropertyName("status")]
    [JsonConverter(typeof(ExtensibleEnumStringConverter<BatchTaskAddStatus>))]
    public string? Status { get; set; }

    [JsonPropertyName("taskId")]
    public string? TaskId { get; set; }

    [JsonPropertyName("eTag")]
    public string? ETag { get; set; }

    [JsonPropertyName("lastModified")]
    public DateTimeOffset? LastModified { get; set; }

    [JsonPropertyName("location")]
    public string? Location { get; set; }

    [JsonPropertyName("error")]
    public BatchError? Error { get; set; }
}
