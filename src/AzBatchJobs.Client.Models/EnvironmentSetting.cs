using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>An environment variable to be set on a Task process.</summary>
public sealed class EnvironmentSetting
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("value")]
    public string? Value { get; set; }
}
