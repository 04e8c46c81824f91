using System;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>Specifies details of a Job Manager Task, started automatically when the Job is created.</summary>
public sealed class BatchJobManagerTask
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("displayName")]
    public string? DisplayName { get; set; }

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

    [JsonPropertyName("constraints")]
    public BatchTaskConstraints? Constraints { get; set; }

    [JsonPropertyName("requiredSlots")]
    public int? RequiredSlots { get; set; }

    [JsonPropertyName("killJobOnCompletion")]
    public bool? KillJobOnCompletion { get; set; }

    [JsonPropertyName("userIdentity")]
    public UserIdentity? UserIdentity { get; set; }

    [JsonPropertyName("runExclusive")]
    public bool? RunExclusive { get; set; }

    [JsonPropertyName("applicationPackageReferences")]
    public BatchApplicationPackageReference[] ApplicationPackageReferences { get; set; } = Array.Empty<BatchApplicationPackageReference>();

    [JsonPropertyName("authenticationTokenSettings")]
    public AuthenticationTokenSettings? AuthenticationTokenSettings { get; set; }

    [JsonPropertyName("allowLowPriorityNode")]
    public bool? AllowLowPriorityNode { get; set; }
}
