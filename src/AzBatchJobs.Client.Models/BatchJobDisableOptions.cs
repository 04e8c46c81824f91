using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>Parameters for disabling an Azure Batch Job.</summary>
public sealed class BatchJobDisableOptions
{
    [JsonPropertyName("disableTasks")]
    public DisableBatchJobOption? DisableTasks { get; set; }
}
