using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The options for the auto user that runs an Azure Batch Task.</summary>
public sealed class AutoUserSpecification
{
    [JsonPropertyName("scope")]
    [JsonConverter(typeof(ExtensibleEnumStringConverter<AutoUserScope>))]
    public string? Scope { get; set; }

    [JsonPropertyName("elevationLevel")]
    [JsonConverter(typeof(ExtensibleEnumStringConverter<ElevationLevel>))]
    public string? ElevationLevel { get; set; }
}
