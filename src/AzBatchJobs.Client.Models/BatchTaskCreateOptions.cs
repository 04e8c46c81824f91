using System.Collections.Generic;
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
    public IList<ResourceFile> ResourceFiles { get; set; } = new List<ResourceFile>();

    [JsonPropertyName("outputFiles")]
    public IList<OutputFile> OutputFiles { get; set; } = new List<OutputFile>();

    [JsonPropertyName("environmentSettings")]
    public IList<EnvironmentSetting> EnvironmentSettings { get; set; } = new List<EnvironmentSetting>();

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
    public IList<BatchApplicationPackageReference> ApplicationPackageReferences { get; set; } = new List<BatchApplicationPackageReference>();

    [JsonPropertyName("authenticationTokenSettings")]
    public AuthenticationTokenSettings? AuthenticationTokenSettings { get; set; }
}
