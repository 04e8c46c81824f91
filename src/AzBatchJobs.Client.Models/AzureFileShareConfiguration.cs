using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>Information used to connect to an Azure Fileshare.</summary>
public sealed class AzureFileShareConfiguration
{
    [JsonPropertyName("accountName")]
    public string? AccountName { get; set; }

    [JsonPropertyName("accountKey")]
    public string? AccountKey { get; set; }

    [JsonPropertyName("azureFileUrl")]
    public string? AzureFileUrl { get; set; }

    [JsonPropertyName("relativeMountPath")]
    public string? RelativeMountPath { get; set; }

    [JsonPropertyName("mountOptions")]
    public string? MountOptions { get; set; }
}
