using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>How the nodes of a Pool are physically allocated.</summary>
public sealed class BatchNodePlacementConfiguration
{
    [JsonPropertyName("policy")]
    [JsonConverter(typeof(ExtensibleEnumStringConverter<BatchNodePlacementPolicyType>))]
    public string? Policy { get; set; }
}
