using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The definition of the user identity under which the Task is run.</summary>
public sealed class UserIdentity
{
    [JsonPropertyName("username")]
    public string? Username { get; set; }

    [JsonPropertyName("autoUser")]
    public AutoUserSpecification? AutoUser { get; set; }
}
