using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The configuration for a virtual machine extension.</summary>
public sealed class VMExtension
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("publisher")]
    public string? Publisher { get; set; }

    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("typeHandlerVersion")]
    public string? TypeHandlerVersion { get; set; }

    [JsonPropertyName("autoUpgradeMinorVersion")]
    public bool? AutoUpgradeMinorVersion { get; set; }

    [JsonPropertyName("enableAutomaticUpgrade")]
    public bool? EnableAutomaticUpgrade { get; set; }

    [JsonPropertyName("settings")]
    public IDictionary<string, string> Settings { get; set; } = new Dictionary<string, string>();

    [JsonPropertyName("protectedSettings")]
    public IDictionary<string, string> ProtectedSettings { get; set; } = new Dictionary<string, string>();

    [JsonPropertyName("provisionAfterExtensions")]
    public IList<string> ProvisionAfterExtensions { get; set; } = new List<string>();
}
