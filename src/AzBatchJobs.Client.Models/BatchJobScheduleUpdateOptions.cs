using System.Collections.Generic;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>
/// Parameters for updating an Azure Batch Job Schedule (PATCH: an omitted property is left
/// unchanged; a given one replaces the stored one whole; an empty Metadata list clears it).
/// Changes apply to Jobs created after the update.
/// </summary>
public sealed class BatchJobScheduleUpdateOptions
{
    [JsonPropertyName("schedule")]
    public BatchJobScheduleConfiguration? Schedule { get; set; }

    /// <summary>The spec's BatchJobSpecificationUpdate: the same properties as <see cref="BatchJobSpecification"/>.</summary>
    [JsonPropertyName("jobSpecification")]
    public BatchJobSpecification? JobSpecification { get; set; }

    [JsonPropertyName("metadata")]
    [WriteWhenEmpty]
    public BatchMetadataItem[]? Metadata { get; set; }
}
