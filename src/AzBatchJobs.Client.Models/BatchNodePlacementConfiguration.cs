using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>How the nodes of a Pool are physically allocated.</summary>
public sealed class BatchNodePlacementConfiguration
{
    [JsonPropertyName("policy")]
    public BatchNodePlacementPolicyType? Policy { get; set; }
}
