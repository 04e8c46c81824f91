using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>Security settings like secure boot and vTPM of a virtual machine.</summary>
public sealed class BatchUefiSettings
{
    [JsonPropertyName("secureBootEnabled")]
    public bool? SecureBootEnabled { get; set; }

    [JsonPropertyName("vTpmEnabled")]
    public bool? VTpmEnabled { get; set; }
}
