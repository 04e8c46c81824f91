using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The settings for an authentication token that the Task can use to perform Batch service operations.</summary>
public sealed class AuthenticationTokenSettings
{
    [JsonPropertyName("access")]
    [JsonConverter(typeof(ExtensibleEnumStringArrayConverter<BatchAccessScope>))]
    public string[] Access { get; set; } = Array.Empty<string>();
}
