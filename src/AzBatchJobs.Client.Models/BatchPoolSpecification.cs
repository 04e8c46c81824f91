using System;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>Specification for creating a new Pool (used by auto pools).</summary>
public sealed class BatchPoolSpecification
{
    [JsonPropertyName("displayName")]
    public string? DisplayName { get; set; }

    [JsonPropertyName("vmSize")]
    public string? VmSize { get; set; }

    [JsonPropertyName("virtualMachineConfiguration")]
    public VirtualMachineConfiguration? VirtualMachineConfiguration { get; set; }

    [JsonPropertyName("taskSlotsPerNode")]
    public int? TaskSlotsPerNode { get; set; }

    [JsonPropertyName("taskSchedulingPolicy")]
    public BatchTaskSchedulingPolicy? TaskSchedulingPolicy { get; set; }

    [JsonPropertyName("resizeTimeout")]
    public TimeSpan? ResizeTimeout { get; set; }

    [JsonPropertyName("targetDedicatedNodes")]
    public int? TargetDedicatedNodes { get; set; }

    [JsonPropertyName("targetLowPriorityNodes")]
    public int? TargetLowPriorityNodes { get; set; }

    [JsonPropertyName("enableAutoScale")]
    public bool? EnableAutoScale { get; set; }

    [JsonPropertyName("autoScaleFormula")]
    public string? AutoScaleFormula { get; set; }

    [JsonPropertyName("autoScaleEvaluationInterval")]
    public TimeSpan? AutoScaleEvaluationInterval { get; set; }

    [JsonPropertyName("enableInterNodeCommunication")]
    public bool? EnableInterNodeCommunication { get; set; }

    [JsonPropertyName("networkConfiguration")]
    public NetworkConfiguration? NetworkConfiguration { get; set; }

    [JsonPropertyName("startTask")]
    public BatchStartTask? StartTask { get; set; }

    [JsonPropertyName("applicationPackageReferences")]
    public BatchApplicationPackageReference[] ApplicationPackageReferences { get; set; } = Array.Empty<BatchApplicationPackageReference>();

    [JsonPropertyName("userAccounts")]
    public UserAccount[] UserAccounts { get; set; } = Array.Empty<UserAccount>();

    [JsonPropertyName("metadata")]
    public BatchMetadataItem[] Metadata { get; set; } = Array.Empty<BatchMetadataItem>();

    [JsonPropertyName("mountConfiguration")]
    public MountConfiguration[] MountConfiguration { get; set; } = Array.Empty<MountConfiguration>();

    [JsonPropertyName("upgradePolicy")]
    public UpgradePolicy? UpgradePolicy { get; set; }
}
