using System;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The endpoint configuration for a Pool.</summary>
public sealed class BatchPoolEndpointConfiguration
{
    [JsonPropertyName("inboundNATPools")]
    public BatchInboundNatPool[] InboundNatPools { get; set; } = Array.Empty<BatchInboundNatPool>();
}
