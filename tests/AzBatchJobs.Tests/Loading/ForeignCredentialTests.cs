using AzBatchJobs.Emulator;
using AzBatchJobs.Tests.Shell;
using AzBatchJobs.TestSupport;

namespace AzBatchJobs.Tests.Loading;

/// <summary>
/// A credential made with another module's Azure.Core (here 1.38, in a load context of its own) is
/// a different type from the module's TokenCredential; -Credential takes it all the same.
/// </summary>
public sealed class ForeignCredentialTests : IClassFixture<ForeignCredentialTests.BearerShell>, IDisposable
{
    private readonly BatchShell _shell;
    private readonly OlderAzureContext _olderAzure = new();

    public ForeignCredentialTests(BearerShell shell) => _shell = shell;

    public void Dispose() => _olderAzure.Unload();

    [Fact]
    public void Connect_BatchAccount_takes_a_credential_made_with_another_Azure_Core()
    {
        var scopes = new List<string[]>();
        var id = BatchShell.NewId("foreign");
        var result = _shell.RunUnconnected("""
            $context = Connect-BatchAccount -Endpoint $emulator.Endpoint -Credential $credential -NoDefault
            $context.AuthenticationKind
            New-BatchJob -Id $id -PoolId p1 -Context $context | Out-Null
            (Get-BatchJob -Id $id -Context $context).Id
            """, ("credential", _olderAzure.DelegatedCredential(scopes)), ("id", id)).AssertSucceeded();

        Assert.Equal(new[] { "EntraId", id }, result.Lines);
        Assert.NotEmpty(scopes);
        Assert.All(scopes, s => Assert.Equal(new[] { "https://batch.core.windows.net//.default" }, s));
    }

    [Fact]
    public void An_object_that_is_no_credential_is_refused_by_the_binder()
    {
        var result = _shell.RunUnconnected("Connect-BatchAccount -Endpoint $emulator.Endpoint -Credential 'not a credential'");

        var error = Assert.Single(result.Errors);
        Assert.Equal("CannotConvertArgumentNoMessage,AzBatchJobs.Cmdlets.ConnectBatchAccountCommand", error.FullyQualifiedErrorId);
        Assert.Empty(result.Output);
    }

    /// <summary>The emulator with Bearer tokens accepted (any token: it validates none).</summary>
    public sealed class BearerShell : BatchShell
    {
        protected override EmulatorOptions Options()
        {
            var options = base.Options();
            options.AllowBearer = true;
            return options;
        }
    }
}
