using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The public IP address configuration of a Pool.</summary>
public sealed class BatchPublicIpAddressConfiguration
{
    [JsonPropertyName("provision")]
    [JsonConverter(typeof(ExtensibleEnumStringConverter<IpAddressProvisioningType>))]
    public string? Provision { get; set; }

    [JsonPropertyName("ipFamilies")]
    [JsonConverter(typeof(ExtensibleEnumStringArrayConverter<IPFamily>))]
    public string[] IpFamilies { get; set; } = Array.Empty<string>();

    [JsonPropertyName("ipAddressIds")]
    public string[] IpAddressIds { get; set; } = Array.Empty<string>();

    [JsonPropertyName("ipTags")]
    public IPTag[] IpTags { get; set; } = Array.Empty<IPTag>();
}
