using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The most recent Job created under a Job Schedule.</summary>
public sealed class RecentBatchJob
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("url")]
    public string? Url { get; set; }
}
