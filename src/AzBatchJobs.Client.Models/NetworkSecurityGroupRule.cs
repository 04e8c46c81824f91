using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>A network security group rule to apply to an inbound endpoint.</summary>
public sealed class NetworkSecurityGroupRule
{
    [JsonPropertyName("priority")]
    public int? Priority { get; set; }

    [JsonPropertyName("access")]
    public NetworkSecurityGroupRuleAccess? Access { get; set; }

    [JsonPropertyName("sourceAddressPrefix")]
    public string? SourceAddressPrefix { get; set; }

    [JsonPropertyName("sourcePortRanges")]
    public IList<string> SourcePortRanges { get; set; } = new List<string>();
}
