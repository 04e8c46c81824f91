using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>An inbound NAT Pool used to address specific ports on Compute Nodes externally.</summary>
public sealed class BatchInboundNatPool
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("protocol")]
    [JsonConverter(typeof(ExtensibleEnumStringConverter<InboundEndpointProtocol>))]
    public string? Protocol { get; set; }

    [JsonPropertyName("backendPort")]
    public int? BackendPort { get; set; }

    [JsonPropertyName("frontendPortRangeStart")]
    public int? FrontendPortRangeStart { get; set; }

    [JsonPropertyName("frontendPortRangeEnd")]
    public int? FrontendPortRangeEnd { get; set; }

    [JsonPropertyName("networkSecurityGroupRules")]
    public NetworkSecurityGroupRule[] NetworkSecurityGroupRules { get; set; } = Array.Empty<NetworkSecurityGroupRule>();
}
