using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>Information about a file or directory on a Compute Node.</summary>
public sealed class BatchNodeFile
{
    /// <summary>The ID of the Job this object belongs to (set by the client, not on the wire).</summary>
    [JsonIgnore]
    public string? JobId { get; set; }

    /// <summary>The ID of the Task this object belongs to (set by the client, not on the wire).</summary>
    [JsonIgnore]
    public string? TaskId { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("url")]
    public string? Url { get; set; }

    [JsonPropertyName("isDirectory")]
    public bool? IsDirectory { get; set; }

    [JsonPropertyName("properties")]
    public FileProperties? Properties { get; set; }
}
