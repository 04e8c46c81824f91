using Azure.Core;
using AzBatchJobs.Client.Tests.Infrastructure;

namespace AzBatchJobs.Client.Tests;

public sealed class EntraIdTests
{
    private sealed class RecordingCredential : TokenCredential
    {
        public List<string[]> Scopes { get; } = new();

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Scopes.Add(requestContext.Scopes);
            return new AccessToken("test-token", DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new(GetToken(requestContext, cancellationToken));
    }

    [Fact]
    public async Task A_token_credential_is_asked_for_the_batch_scope_and_sent_as_bearer()
    {
        var credential = new RecordingCredential();
        var transport = CapturingTransport.Responding(new TestResponse(202));
        var client = new BatchClient(BatchConnection.TokenCredential(TestClients.Endpoint, credential), TestClients.Options(transport));

        await client.EnableJobAsync("job-1");

        Assert.Equal("Bearer test-token", transport.Single.Header("Authorization"));
        Assert.Equal(new[] { "https://batch.core.windows.net//.default" }, Assert.Single(credential.Scopes));
        Assert.NotNull(transport.Single.Header("ocp-date"));
    }
}
