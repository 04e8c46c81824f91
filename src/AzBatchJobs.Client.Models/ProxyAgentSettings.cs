using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>ProxyAgent settings of a virtual machine.</summary>
public sealed class ProxyAgentSettings
{
    [JsonPropertyName("enabled")]
    public bool? Enabled { get; set; }

    [JsonPropertyName("imds")]
    public HostEndpointSettings? Imds { get; set; }

    [JsonPropertyName("wireServer")]
    public HostEndpointSettings? WireServer { get; set; }
}
