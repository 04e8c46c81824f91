using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The endpoint configuration for a Pool.</summary>
public sealed class BatchPoolEndpointConfiguration
{
    [JsonPropertyName("inboundNATPools")]
    public IList<BatchInboundNatPool> InboundNatPools { get; set; } = new List<BatchInboundNatPool>();
}
