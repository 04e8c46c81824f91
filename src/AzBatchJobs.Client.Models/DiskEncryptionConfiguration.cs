using System;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The disk encryption configuration applied on compute nodes in the pool.</summary>
public sealed class DiskEncryptionConfiguration
{
    [JsonPropertyName("customerManagedKey")]
    public DiskCustomerManagedKey? CustomerManagedKey { get; set; }

    [JsonPropertyName("targets")]
    public DiskEncryptionTarget[] Targets { get; set; } = Array.Empty<DiskEncryptionTarget>();
}
