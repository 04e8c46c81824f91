using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The ARM resource id of the disk encryption set.</summary>
public sealed class DiskEncryptionSetParameters
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }
}
