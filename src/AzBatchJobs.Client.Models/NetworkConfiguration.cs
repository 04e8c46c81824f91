using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The network configuration for a Pool.</summary>
public sealed class NetworkConfiguration
{
    [JsonPropertyName("subnetId")]
    public string? SubnetId { get; set; }

    [JsonPropertyName("dynamicVNetAssignmentScope")]
    [JsonConverter(typeof(ExtensibleEnumStringConverter<DynamicVNetAssignmentScope>))]
    public string? DynamicVNetAssignmentScope { get; set; }

    [JsonPropertyName("endpointConfiguration")]
    public BatchPoolEndpointConfiguration? EndpointConfiguration { get; set; }

    [JsonPropertyName("publicIPAddressConfiguration")]
    public BatchPublicIpAddressConfiguration? PublicIpAddressConfiguration { get; set; }

    [JsonPropertyName("enableAcceleratedNetworking")]
    public bool? EnableAcceleratedNetworking { get; set; }
}
