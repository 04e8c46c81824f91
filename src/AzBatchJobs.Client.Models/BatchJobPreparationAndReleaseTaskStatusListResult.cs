using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>A page of Job Preparation and Job Release Task statuses.</summary>
public sealed class BatchJobPreparationAndReleaseTaskStatusListResult
{
    [JsonPropertyName("value")]
    public IList<BatchJobPreparationAndReleaseTaskStatus> Value { get; set; } = new List<BatchJobPreparationAndReleaseTaskStatus>();

    [JsonPropertyName("odata.nextLink")]
    public string? ODataNextLink { get; set; }
}
