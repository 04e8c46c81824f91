using System;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>Parameters for creating an Azure Batch Task.</summary>
public sealed class BatchTaskCreateOptions
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("displayName")]
    public string? DisplayName { get; set; }

    [JsonPropertyName("exitConditions")]
    public ExitConditions? ExitConditions { get; set; }

    [JsonPropertyName("commandLine")]
    public string? CommandLine { get; set; }

    [JsonPropertyName("containerSettings")]
    public BatchTaskContainerSettings? ContainerSettings { get; set; }

    [JsonPropertyName("resourceFiles")]
    public ResourceFile[] ResourceFiles { get; set; } = Array.Empty<ResourceFile>();

    [JsonPropertyName("outputFiles")]
    public OutputFile[] OutputFiles { get; set; } = Array.Empty<OutputFile>();

    [JsonPropertyName("environmentSettings")]
    public EnvironmentSetting[] EnvironmentSettings { get; set; } = Array.Empty<EnvironmentSetting>();

    [JsonPropertyName("affinityInfo")]
    public BatchAffinityInfo? AffinityInfo { get; set; }

    [JsonPropertyName("constraints")]
    public BatchTaskConstraints? Constraints { get; set; }

    [JsonPropertyName("requiredSlots")]
    public int? RequiredSlots { get; set; }

    [JsonPropertyName("userIdentity")]
    public UserIdentity? UserIdentity { get; set; }

    [JsonPropertyName("multiInstanceSettings")]
    public MultiInstanceSettings? MultiInstanceSettings { get; set; }

    [JsonPropertyName("dependsOn")]
    public BatchTaskDependencies? DependsOn { get; set; }

    [JsonPropertyName("applicationPackageReferences")]
    public BatchApplicationPackageReference[] ApplicationPackageReferences { get; set; } = Array.Empty<BatchApplicationPackageReference>();

    [JsonPropertyName("authenticationTokenSettings")]
    public AuthenticationTokenSettings? AuthenticationTokenSettings { get; set; }
}
