using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The security profile settings of a virtual machine.</summary>
public sealed class SecurityProfile
{
    [JsonPropertyName("encryptionAtHost")]
    public bool? EncryptionAtHost { get; set; }

    [JsonPropertyName("proxyAgentSettings")]
    public ProxyAgentSettings? ProxyAgentSettings { get; set; }

    [JsonPropertyName("securityType")]
    [JsonConverter(typeof(ExtensibleEnumStringConverter<SecurityTypes>))]
    public string? SecurityType { get; set; }

    [JsonPropertyName("uefiSettings")]
    public BatchUefiSettings? UefiSettings { get; set; }
}
