using System;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The settings for an authentication token that the Task can use to perform Batch service operations.</summary>
public sealed class AuthenticationTokenSettings
{
    [JsonPropertyName("access")]
    public BatchAccessScope[] Access { get; set; } = Array.Empty<BatchAccessScope>();
}
