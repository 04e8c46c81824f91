using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>Parameters for disabling an Azure Batch Job.</summary>
public sealed class BatchJobDisableOptions
{
    [JsonPropertyName("disableTasks")]
    [JsonConverter(typeof(ExtensibleEnumStringConverter<DisableBatchJobOption>))]
    public string? DisableTasks { get; set; }
}
