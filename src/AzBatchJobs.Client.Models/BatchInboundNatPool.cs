using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>An inbound NAT Pool used to address specific ports on Compute Nodes externally.</summary>
public sealed class BatchInboundNatPool
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("protocol")]
    public InboundEndpointProtocol? Protocol { get; set; }

    [JsonPropertyName("backendPort")]
    public int? BackendPort { get; set; }

    [JsonPropertyName("frontendPortRangeStart")]
    public int? FrontendPortRangeStart { get; set; }

    [JsonPropertyName("frontendPortRangeEnd")]
    public int? FrontendPortRangeEnd { get; set; }

    [JsonPropertyName("networkSecurityGroupRules")]
    public IList<NetworkSecurityGroupRule> NetworkSecurityGroupRules { get; set; } = new List<NetworkSecurityGroupRule>();
}
