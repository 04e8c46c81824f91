using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The configuration parameters used for performing automatic OS upgrade.</summary>
public sealed class AutomaticOsUpgradePolicy
{
    [JsonPropertyName("disableAutomaticRollback")]
    public bool? DisableAutomaticRollback { get; set; }

    [JsonPropertyName("enableAutomaticOSUpgrade")]
    public bool? EnableAutomaticOSUpgrade { get; set; }

    [JsonPropertyName("useRollingUpgradePolicy")]
    public bool? UseRollingUpgradePolicy { get; set; }

    [JsonPropertyName("osRollingUpgradeDeferral")]
    public bool? OsRollingUpgradeDeferral { get; set; }
}
