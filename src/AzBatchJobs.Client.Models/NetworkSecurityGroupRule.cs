using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>A network security group rule to apply to an inbound endpoint.</summary>
public sealed class NetworkSecurityGroupRule
{
    [JsonPropertyName("priority")]
    public int? Priority { get; set; }

    [JsonPropertyName("access")]
    [JsonConverter(typeof(ExtensibleEnumStringConverter<NetworkSecurityGroupRuleAccess>))]
    public string? Access { get; set; }

    [JsonPropertyName("sourceAddressPrefix")]
    public string? SourceAddressPrefix { get; set; }

    [JsonPropertyName("sourcePortRanges")]
    public string[] SourcePortRanges { get; set; } = Array.Empty<string>();
}
