using System;
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
    public BatchStringDictionary Settings { get; set; } = new BatchStringDictionary();

    [JsonPropertyName("protectedSettings")]
    public BatchStringDictionary ProtectedSettings { get; set; } = new BatchStringDictionary();

    [JsonPropertyName("provisionAfterExtensions")]
    public string[] ProvisionAfterExtensions { get; set; } = Array.Empty<string>();
}
