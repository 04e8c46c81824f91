using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The public IP address configuration of a Pool.</summary>
public sealed class BatchPublicIpAddressConfiguration
{
    [JsonPropertyName("provision")]
    public IpAddressProvisioningType? Provision { get; set; }

    [JsonPropertyName("ipFamilies")]
    public IList<IPFamily> IpFamilies { get; set; } = new List<IPFamily>();

    [JsonPropertyName("ipAddressIds")]
    public IList<string> IpAddressIds { get; set; } = new List<string>();

    [JsonPropertyName("ipTags")]
    public IList<IPTag> IpTags { get; set; } = new List<IPTag>();
}
