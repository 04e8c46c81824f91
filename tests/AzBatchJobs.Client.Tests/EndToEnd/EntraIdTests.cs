using Azure.Core;
using AzBatchJobs.Emulator;

namespace AzBatchJobs.Client.Tests.EndToEnd;

/// <summary>An emulator that accepts any Bearer token, as started with --allow-bearer.</summary>
public sealed class BearerEmulator : EmulatorFixture
{
    protected override EmulatorOptions Options() => new() { Slots = 0, AllowBearer = true };
}

public sealed class EntraIdTests : IClassFixture<BearerEmulator>
{
    private readonly BearerEmulator _emulator;

    public EntraIdTests(BearerEmulator emulator) => _emulator = emulator;

    internal sealed class FixedTokenCredential : TokenCredential
    {
        public List<string> Scopes { get; } = new();

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Scopes.AddRange(requestContext.Scopes);
            return new AccessToken("not-a-real-token", DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new(GetToken(requestContext, cancellationToken));
    }

    [Fact]
    public async Task A_token_credential_works_against_the_loopback_emulator()
    {
        var credential = new FixedTokenCredential();
        var client = new BatchClient(BatchConnection.TokenCredential(_emulator.Emulator.Endpoint, credential));
        var id = EmulatorFixture.NewId("entra");

        await client.CreateJobAsync(EmulatorFixture.NewJob(id));
        var job = (await client.GetJobAsync(id)).Value;

        Assert.Equal(id, job.Id);
        Assert.Contains(BatchConnection.EntraScope, credential.Scopes);
    }
}
