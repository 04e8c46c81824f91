using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The IP tag associated with a public IP address.</summary>
public sealed class IPTag
{
    [JsonPropertyName("ipTagType")]
    public string? IpTagType { get; set; }

    [JsonPropertyName("tag")]
    public string? Tag { get; set; }
}
