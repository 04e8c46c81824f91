using System;
using System.Threading.Tasks;
using Azure.Core;
using Azure.Core.Pipeline;

namespace AzBatchJobs.Client.Pipeline;

/// <summary>
/// Microsoft Entra ID tokens through Azure.Core's bearer policy (token cache, refresh, claims challenges).
/// Azure.Core refuses to send a token over plain http; the client admits plain http only on loopback
/// (the local emulator, see <see cref="BatchEndpointRules"/>), so there the token is attached from the
/// same cache without the challenge handling, and the token never leaves the machine.
/// </summary>
internal sealed class BatchBearerTokenPolicy : BearerTokenAuthenticationPolicy
{
    public BatchBearerTokenPolicy(TokenCredential credential, string scope)
        : base(credential, scope)
    {
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        IsLoopbackHttp(message) ? ProcessLoopbackAsync(message, pipeline) : base.ProcessAsync(message, pipeline);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        if (!IsLoopbackHttp(message))
        {
            base.Process(message, pipeline);
            return;
        }
        AuthorizeRequest(message);
        ProcessNext(message, pipeline);
    }

    private async ValueTask ProcessLoopbackAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        await AuthorizeRequestAsync(message).ConfigureAwait(false);
        await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
    }

    private static bool IsLoopbackHttp(HttpMessage message)
    {
        var uri = message.Request.Uri.ToUri();
        return uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback;
    }
}
