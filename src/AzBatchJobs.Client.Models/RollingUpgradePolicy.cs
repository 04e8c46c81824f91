using System;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The configuration parameters used while performing a rolling upgrade.</summary>
public sealed class RollingUpgradePolicy
{
    [JsonPropertyName("enableCrossZoneUpgrade")]
    public bool? EnableCrossZoneUpgrade { get; set; }

    [JsonPropertyName("maxBatchInstancePercent")]
    public int? MaxBatchInstancePercent { get; set; }

    [JsonPropertyName("maxUnhealthyInstancePercent")]
    public int? MaxUnhealthyInstancePercent { get; set; }

    [JsonPropertyName("maxUnhealthyUpgradedInstancePercent")]
    public int? MaxUnhealthyUpgradedInstancePercent { get; set; }

    [JsonPropertyName("pauseTimeBetweenBatches")]
    public TimeSpan? PauseTimeBetweenBatches { get; set; }

    [JsonPropertyName("prioritizeUnhealthyInstances")]
    public bool? PrioritizeUnhealthyInstances { get; set; }

    [JsonPropertyName("rollbackFailedInstancesOnPolicyBreach")]
    public bool? RollbackFailedInstancesOnPolicyBreach { get; set; }
}
