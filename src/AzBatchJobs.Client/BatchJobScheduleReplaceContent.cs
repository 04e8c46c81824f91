using System.Collections.Generic;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Client;

/// <summary>
/// The body of a job schedule replace (PUT /jobschedules/{id}): only the properties the spec leaves
/// writable on BatchJobSchedule, so a schedule read with GetJobSchedule can be changed and passed back.
/// </summary>
internal sealed class BatchJobScheduleReplaceContent
{
    [JsonPropertyName("schedule")]
    public BatchJobScheduleConfiguration? Schedule { get; set; }

    [JsonPropertyName("jobSpecification")]
    public BatchJobSpecification? JobSpecification { get; set; }

    [JsonPropertyName("metadata")]
    public IList<BatchMetadataItem> Metadata { get; set; } = new List<BatchMetadataItem>();

    public static BatchJobScheduleReplaceContent From(BatchJobSchedule jobSchedule) => new()
    {
        Schedule = jobSchedule.Schedule,
        JobSpecification = jobSchedule.JobSpecification,
        Metadata = jobSchedule.Metadata,
    };
}
