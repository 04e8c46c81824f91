using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The security profile settings of a virtual machine.</summary>
public sealed class SecurityProfile
{
    [JsonPropertyName("encryptionAtHost")]
    public bool? EncryptionAtHost { get; set; }

    [JsonPropertyName("proxyAgentSettings")]
    public ProxyAgentSettings? ProxyAgentSettings { get; set; }

    [JsonPropertyName("securityType")]
    public SecurityTypes? SecurityType { get; set; }

    [JsonPropertyName("uefiSettings")]
    public BatchUefiSettings? UefiSettings { get; set; }
}
