using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The options for the auto user that runs an Azure Batch Task.</summary>
public sealed class AutoUserSpecification
{
    [JsonPropertyName("scope")]
    public AutoUserScope? Scope { get; set; }

    [JsonPropertyName("elevationLevel")]
    public ElevationLevel? ElevationLevel { get; set; }
}
