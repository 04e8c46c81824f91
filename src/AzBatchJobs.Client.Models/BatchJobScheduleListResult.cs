using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>A page of Job Schedules.</summary>
public sealed class BatchJobScheduleListResult
{
    [JsonPropertyName("value")]
    public IList<BatchJobSchedule> Value { get; set; } = new List<BatchJobSchedule>();

    [JsonPropertyName("odata.nextLink")]
    public string? ODataNextLink { get; set; }
}
