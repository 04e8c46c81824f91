using System.Management.Automation;
using System.Reflection;
using AzBatchJobs.Client.Models;
using AzBatchJobs.Cmdlets;
using AzBatchJobs.Tests.Harness;

namespace AzBatchJobs.Tests.Behaviour;

[Collection("Session")]
public sealed class ConnectionTests : IClassFixture<EmulatorFixture>, IDisposable
{
    private static readonly string[] Variables = { "AZURE_BATCH_ENDPOINT", "AZURE_BATCH_ACCOUNT", "AZURE_BATCH_ACCESS_KEY" };
    private readonly Dictionary<string, string?> _savedVariables = Variables.ToDictionary(v => v, Environment.GetEnvironmentVariable);
    private readonly EmulatorFixture _batch;

    public ConnectionTests(EmulatorFixture batch)
    {
        _batch = batch;
        BatchSession.Default = null;
        foreach (var name in Variables) Environment.SetEnvironmentVariable(name, null);
    }

    public void Dispose()
    {
        BatchSession.Default = null;
        foreach (var pair in _savedVariables) Environment.SetEnvironmentVariable(pair.Key, pair.Value);
    }

    private Dictionary<string, object?> SharedKey(string key) => new()
    {
        ["Endpoint"] = _batch.Emulator.Endpoint,
        ["AccountName"] = _batch.Emulator.AccountName,
        ["AccountKey"] = EmulatorFixture.Secure(key),
    };

    [Fact]
    public void Without_any_connection_a_cmdlet_says_how_to_connect()
    {
        var result = CmdletRunner<GetBatchJobCommand>.Run(new Dictionary<string, object?>());
        Assert.StartsWith("BatchNoConnection,", result.TerminatingError?.FullyQualifiedErrorId);
        Assert.Contains("Connect-BatchAccount", result.TerminatingError!.ToString());
        Assert.Contains("AZURE_BATCH_ENDPOINT", result.TerminatingError.ToString());
    }

    [Fact]
    public void Connect_BatchAccount_sets_the_default_that_later_cmdlets_use()
    {
        var connect = CmdletRunner<ConnectBatchAccountCommand>.Run(SharedKey(_batch.Emulator.AccountKey)).AssertSucceeded();
        var context = Assert.IsType<BatchAccountContext>(Assert.Single(connect.Output));
        Assert.Equal("SharedKey", context.AuthenticationKind);
        Assert.Equal("SharedKey", connect.ParameterSets.Single());
        Assert.DoesNotContain(_batch.Emulator.AccountKey, context.ToString());
        Assert.DoesNotContain(_batch.Emulator.AccountKey, string.Join("\n", connect.Verbose));

        var id = EmulatorFixture.NewId("default");
        CmdletRunner<NewBatchJobCommand>.Run(new Dictionary<string, object?> { ["Id"] = id, ["PoolId"] = "p" }).AssertSucceeded();
        var got = CmdletRunner<GetBatchJobCommand>.Run(new Dictionary<string, object?> { ["Id"] = id }).AssertSucceeded();
        Assert.Equal(id, Assert.IsType<BatchJob>(Assert.Single(got.Output)).Id);
    }

    [Fact]
    public void The_Azure_CLI_variables_are_used_when_there_is_no_default()
    {
        Environment.SetEnvironmentVariable("AZURE_BATCH_ENDPOINT", _batch.Emulator.Endpoint.ToString());
        Environment.SetEnvironmentVariable("AZURE_BATCH_ACCOUNT", _batch.Emulator.AccountName);
        Environment.SetEnvironmentVariable("AZURE_BATCH_ACCESS_KEY", _batch.Emulator.AccountKey);
        var result = CmdletRunner<GetBatchJobCommand>.Run(new Dictionary<string, object?> { ["MaxCount"] = 1 });
        result.AssertSucceeded();
    }

    [Fact]
    public void A_wrong_key_is_an_authentication_error_that_does_not_show_the_key()
    {
        var wrongKey = Convert.ToBase64String(Enumerable.Repeat((byte)7, 64).ToArray());
        var connect = CmdletRunner<ConnectBatchAccountCommand>.Run(SharedKey(wrongKey)).AssertSucceeded();
        var context = connect.Output.Single();
        var result = CmdletRunner<GetBatchJobCommand>.Run(new Dictionary<string, object?> { ["Id"] = "x", ["Context"] = context });
        var error = Assert.Single(result.Errors);
        Assert.Contains(error.CategoryInfo.Category, new[] { ErrorCategory.AuthenticationError, ErrorCategory.PermissionDenied });
        Assert.DoesNotContain(wrongKey, error.ToString() + error.Exception);
    }

    [Fact]
    public void A_key_that_is_not_base64_is_refused_without_echoing_it()
    {
        var result = CmdletRunner<ConnectBatchAccountCommand>.Run(SharedKey("not a key!"));
        Assert.StartsWith("BatchInvalidConnection,", result.TerminatingError?.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, result.TerminatingError!.CategoryInfo.Category);
        Assert.DoesNotContain("not a key!", result.TerminatingError.ToString());
        Assert.Null(BatchSession.Default);
    }

    [Fact]
    public void Plain_http_is_refused_for_a_remote_endpoint()
    {
        var parameters = SharedKey(_batch.Emulator.AccountKey);
        parameters["Endpoint"] = new Uri("http://myaccount.westeurope.batch.azure.com");
        var result = CmdletRunner<ConnectBatchAccountCommand>.Run(parameters);
        Assert.Equal(ErrorCategory.InvalidArgument, result.TerminatingError?.CategoryInfo.Category);
        Assert.Contains("https", result.TerminatingError!.ToString());
    }

    [Fact]
    public void Connect_with_a_token_credential_or_managed_identity_selects_Entra_ID()
    {
        var identity = CmdletRunner<ConnectBatchAccountCommand>.Run(new Dictionary<string, object?>
        {
            ["Endpoint"] = new Uri("https://myaccount.westeurope.batch.azure.com"),
            ["ManagedIdentity"] = SwitchParameter.Present,
            ["NoDefault"] = SwitchParameter.Present,
        }).AssertSucceeded();
        Assert.Equal("ManagedIdentity", identity.ParameterSets.Single());
        Assert.Equal("EntraId", Assert.IsType<BatchAccountContext>(identity.Output.Single()).AuthenticationKind);

        var chain = CmdletRunner<ConnectBatchAccountCommand>.Run(new Dictionary<string, object?>
        {
            ["Endpoint"] = new Uri("https://myaccount.westeurope.batch.azure.com"),
            ["NoDefault"] = SwitchParameter.Present,
        }).AssertSucceeded();
        Assert.Equal("DefaultCredential", chain.ParameterSets.Single());
        Assert.Null(BatchSession.Default);
    }
}
