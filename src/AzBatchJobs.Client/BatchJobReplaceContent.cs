using System.Collections.Generic;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Models;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client;

/// <summary>
/// The body of a job replace (PUT /jobs/{jobId}): only the properties the spec leaves writable on
/// BatchJob. Every other property is readOnly in the spec, and a job read with GetJob and handed
/// back (the PowerShell get, change, set pattern) must not send them.
/// </summary>
internal sealed class BatchJobReplaceContent
{
    [JsonPropertyName("priority")]
    public int? Priority { get; set; }

    [JsonPropertyName("allowTaskPreemption")]
    public bool? AllowTaskPreemption { get; set; }

    [JsonPropertyName("maxParallelTasks")]
    public int? MaxParallelTasks { get; set; }

    [JsonPropertyName("constraints")]
    public BatchJobConstraints? Constraints { get; set; }

    [JsonPropertyName("poolInfo")]
    public BatchPoolInfo? PoolInfo { get; set; }

    [JsonPropertyName("onAllTasksComplete")]
    [JsonConverter(typeof(ExtensibleEnumStringConverter<BatchAllTasksCompleteMode>))]
    public string? OnAllTasksComplete { get; set; }

    [JsonPropertyName("metadata")]
    public IList<BatchMetadataItem> Metadata { get; set; } = new List<BatchMetadataItem>();

    public static BatchJobReplaceContent From(BatchJob job) => new()
    {
        Priority = job.Priority,
        AllowTaskPreemption = job.AllowTaskPreemption,
        MaxParallelTasks = job.MaxParallelTasks,
        Constraints = job.Constraints,
        PoolInfo = job.PoolInfo,
        OnAllTasksComplete = job.OnAllTasksComplete,
        Metadata = job.Metadata,
    };
}
