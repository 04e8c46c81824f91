using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The upgrade policy of a Pool: automatic, manual, or rolling.</summary>
public sealed class UpgradePolicy
{
    [JsonPropertyName("mode")]
    [JsonConverter(typeof(ExtensibleEnumStringConverter<UpgradeMode>))]
    public string? Mode { get; set; }

    [JsonPropertyName("automaticOSUpgradePolicy")]
    public AutomaticOsUpgradePolicy? AutomaticOSUpgradePolicy { get; set; }

    [JsonPropertyName("rollingUpgradePolicy")]
    public RollingUpgradePolicy? RollingUpgradePolicy { get; set; }
}
