using System;
using System.Globalization;
using Azure.Core;
using Azure.Core.Pipeline;

namespace AzBatchJobs.Client.Pipeline;

/// <summary>Stamps ocp-date on every attempt, so a retried request carries a fresh time (and a fresh Shared Key signature).</summary>
internal sealed class OcpDatePolicy : HttpPipelineSynchronousPolicy
{
    private readonly Func<DateTimeOffset> _clock;

    public OcpDatePolicy(Func<DateTimeOffset>? clock = null)
    {
        _clock = clock ?? (() => DateTimeOffset.UtcNow);
    }

    public override void OnSendingRequest(HttpMessage message)
    {
        message.Request.Headers.SetValue(BatchHeaders.OcpDate, _clock().ToUniversalTime().ToString("R", CultureInfo.InvariantCulture));
    }
}
