using Azure.Core;
using Azure.Identity;
using AzBatchJobs.Client.Credentials;
using AzBatchJobs.Client.Tests.Infrastructure;
using AzBatchJobs.TestSupport;

namespace AzBatchJobs.Client.Tests.Credentials;

/// <summary>
/// A credential made with another copy of Azure.Core (1.38, in a load context of its own, as another
/// module's is in PowerShell 7) signs the client's requests.
/// </summary>
public sealed class ForeignTokenCredentialTests : IDisposable
{
    private readonly OlderAzureContext _olderAzure = new();

    public void Dispose() => _olderAzure.Unload();

    [Fact]
    public async Task A_credential_of_another_Azure_Core_is_asked_for_the_batch_scope_and_its_token_sent_as_bearer()
    {
        var scopes = new List<string[]>();
        var credential = ForeignTokenCredential.Adapt(_olderAzure.DelegatedCredential(scopes));
        var transport = CapturingTransport.Responding(new TestResponse(202));
        var client = new BatchClient(BatchConnection.TokenCredential(TestClients.Endpoint, credential!), TestClients.Options(transport));

        await client.EnableJobAsync("job-1");

        Assert.Equal("Bearer older-token", transport.Single.Header("Authorization"));
        Assert.Equal(new[] { BatchConnection.EntraScope }, Assert.Single(scopes));
    }

    [Fact]
    public void The_synchronous_path_returns_the_other_credentials_token()
    {
        var scopes = new List<string[]>();
        var credential = ForeignTokenCredential.Adapt(_olderAzure.DelegatedCredential(scopes))!;

        var token = credential.GetToken(new TokenRequestContext(new[] { "scope-a" }, tenantId: "tenant-1"), CancellationToken.None);

        Assert.Equal("older-token", token.Token);
        Assert.True(token.ExpiresOn > DateTimeOffset.UtcNow);
        Assert.Equal(new[] { "scope-a" }, Assert.Single(scopes));
    }

    [Fact]
    public async Task A_sign_in_failure_of_the_other_Azure_Identity_is_this_clients_AuthenticationFailedException()
    {
        var credential = ForeignTokenCredential.Adapt(_olderAzure.FailingCredential("sign-in refused"))!;

        var failure = await Assert.ThrowsAsync<AuthenticationFailedException>(() =>
            credential.GetTokenAsync(new TokenRequestContext(new[] { "scope-a" }), CancellationToken.None).AsTask());

        Assert.Equal("sign-in refused", failure.Message);
        Assert.Equal("Azure.Identity.AuthenticationFailedException", failure.InnerException!.GetType().FullName);
        Assert.NotSame(typeof(AuthenticationFailedException), failure.InnerException.GetType());
    }

    [Fact]
    public void This_clients_own_credentials_pass_through_and_other_objects_are_no_credential()
    {
        var own = new DefaultAzureCredential();

        Assert.Same(own, ForeignTokenCredential.Adapt(own));
        Assert.Null(ForeignTokenCredential.Adapt("a string"));
        Assert.Null(ForeignTokenCredential.Adapt(null));
    }
}
