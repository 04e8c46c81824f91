using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The network configuration for the Job.</summary>
public sealed class BatchJobNetworkConfiguration
{
    [JsonPropertyName("subnetId")]
    public string? SubnetId { get; set; }

    [JsonPropertyName("skipWithdrawFromVNet")]
    public bool? SkipWithdrawFromVNet { get; set; }
}
