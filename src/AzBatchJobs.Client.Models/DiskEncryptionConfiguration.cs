using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The disk encryption configuration applied on compute nodes in the pool.</summary>
public sealed class DiskEncryptionConfiguration
{
    [JsonPropertyName("customerManagedKey")]
    public DiskCustomerManagedKey? CustomerManagedKey { get; set; }

    [JsonPropertyName("targets")]
    [JsonConverter(typeof(ExtensibleEnumStringArrayConverter<DiskEncryptionTarget>))]
    public string[] Targets { get; set; } = Array.Empty<string>();
}
