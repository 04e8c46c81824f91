using System;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The properties of a file on a Compute Node.</summary>
public sealed class FileProperties
{
    [JsonPropertyName("creationTime")]
    public DateTimeOffset? CreationTime { get; set; }

    [JsonPropertyName("lastModified")]
    public DateTimeOffset? LastModified { get; set; }

    [JsonPropertyName("contentLength")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public long? ContentLength { get; set; }

    [JsonPropertyName("contentType")]
    public string? ContentType { get; set; }

    [JsonPropertyName("fileMode")]
    public string? FileMode { get; set; }
}
