using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>A name-value pair.</summary>
public sealed class NameValuePair
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("value")]
    public string? Value { get; set; }
}
