using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>A user created on Compute Nodes to execute Tasks.</summary>
public sealed class UserAccount
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("password")]
    public string? Password { get; set; }

    [JsonPropertyName("elevationLevel")]
    [JsonConverter(typeof(ExtensibleEnumStringConverter<ElevationLevel>))]
    public string? ElevationLevel { get; set; }

    [JsonPropertyName("linuxUserConfiguration")]
    public LinuxUserConfiguration? LinuxUserConfiguration { get; set; }

    [JsonPropertyName("windowsUserConfiguration")]
    public WindowsUserConfiguration? WindowsUserConfiguration { get; set; }
}
