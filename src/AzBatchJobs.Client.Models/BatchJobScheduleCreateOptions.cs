using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>Parameters for creating an Azure Batch Job Schedule (Id, Schedule and JobSpecification are required).</summary>
public sealed class BatchJobScheduleCreateOptions
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("displayName")]
    public string? DisplayName { get; set; }

    [JsonPropertyName("schedule")]
    public BatchJobScheduleConfiguration? Schedule { get; set; }

    [JsonPropertyName("jobSpecification")]
    public BatchJobSpecification? JobSpecification { get; set; }

    [JsonPropertyName("metadata")]
    public BatchMetadataItem[] Metadata { get; set; } = Array.Empty<BatchMetadataItem>();
}
