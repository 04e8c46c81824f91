using System.Management.Automation;
using AzBatchJobs.Tests.Shell;

namespace AzBatchJobs.Tests.Connection;

/// <summary>Connect-BatchAccount, the session's default connection and the Azure CLI's variables, typed as a user types them.</summary>
public sealed class ConnectionTests : IClassFixture<BatchShell>, IDisposable
{
    private const string Remote = "https://myaccount.westeurope.batch.azure.com";

    // A user who passes an Azure.Identity credential loads Azure.Identity first; here, the module's own copy.
    private const string LoadAzureIdentity = "Add-Type -Path (Join-Path (Split-Path (Get-Module AzBatchJobs).Path) 'Azure.Identity.dll')\n";
    private static readonly string[] Variables = { "AZURE_BATCH_ENDPOINT", "AZURE_BATCH_ACCOUNT", "AZURE_BATCH_ACCESS_KEY" };
    private readonly Dictionary<string, string?> _savedVariables = Variables.ToDictionary(v => v, Environment.GetEnvironmentVariable);
    private readonly BatchShell _shell;

    public ConnectionTests(BatchShell shell)
    {
        _shell = shell;
        foreach (var name in Variables) Environment.SetEnvironmentVariable(name, null);
    }

    public void Dispose()
    {
        foreach (var pair in _savedVariables) Environment.SetEnvironmentVariable(pair.Key, pair.Value);
    }

    [Fact]
    public void Without_any_connection_a_cmdlet_says_how_to_connect()
    {
        BatchShell.ForgetDefaultConnection();

        var result = _shell.RunUnconnected("Get-BatchJob");

        var error = Assert.Single(result.Errors);
        Assert.Equal("BatchNoConnection,AzBatchJobs.Cmdlets.GetBatchJobCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ConnectionError, error.CategoryInfo.Category);
        Assert.Contains("Connect-BatchAccount", error.ToString());
        Assert.Contains("AZURE_BATCH_ENDPOINT", error.ToString());
    }

    [Fact]
    public void Connect_BatchAccount_returns_the_context_and_makes_it_the_default_later_cmdlets_use()
    {
        BatchShell.ForgetDefaultConnection();
        var id = BatchShell.NewId("default");

        var result = _shell.RunUnconnected("""
            $context = Connect-BatchAccount -Endpoint $emulator.Endpoint -AccountName $emulator.Account -AccountKey (ConvertTo-SecureString $emulator.Key -AsPlainText -Force) -Verbose
            $context
            New-BatchJob -Id $id -PoolId p | Out-Null
            (Get-BatchJob -Id $id).Id
            """, ("id", id)).AssertSucceeded();

        Assert.Equal(("SharedKey", "SharedKey", _shell.Emulator.AccountName), ((string)result.Property("AuthenticationKind")[0]!, (string)result.Property("CredentialType")[0]!, (string)result.Property("AccountName")[0]!));
        Assert.Equal(id, result.Lines[1]);
        Assert.StartsWith("Connected to http://127.0.0.1:", Assert.Single(result.Verbose).Message);
        Assert.DoesNotContain(_shell.Emulator.AccountKey, string.Join("\n", result.Lines.Concat(result.Verbose.Select(v => v.Message))));
    }

    [Fact]
    public void The_Azure_CLI_variables_are_used_when_there_is_no_default()
    {
        BatchShell.ForgetDefaultConnection();
        Environment.SetEnvironmentVariable("AZURE_BATCH_ENDPOINT", _shell.Emulator.Endpoint.ToString());
        Environment.SetEnvironmentVariable("AZURE_BATCH_ACCOUNT", _shell.Emulator.AccountName);
        Environment.SetEnvironmentVariable("AZURE_BATCH_ACCESS_KEY", _shell.Emulator.AccountKey);

        _shell.RunUnconnected("Get-BatchJob -MaxCount 1 | Out-Null").AssertSucceeded();
    }

    [Fact]
    public void A_wrong_key_connects_and_is_an_authentication_error_on_the_first_call_that_does_not_show_the_key()
    {
        var wrongKey = Convert.ToBase64String(Enumerable.Repeat((byte)7, 64).ToArray());

        var result = _shell.Run("""
            $context = Connect-BatchAccount -Endpoint $emulator.Endpoint -AccountName $emulator.Account -AccountKey (ConvertTo-SecureString $wrongKey -AsPlainText -Force) -NoDefault
            'connected'
            Get-BatchJob -Id x -Context $context
            """, ("wrongKey", wrongKey));

        Assert.Equal(new[] { "connected" }, result.Lines);
        var error = Assert.Single(result.Errors);
        // The service (and the emulator) answer a wrong Shared Key signature with 403.
        Assert.Contains(error.CategoryInfo.Category, new[] { ErrorCategory.AuthenticationError, ErrorCategory.PermissionDenied });
        Assert.DoesNotContain(wrongKey, error.ToString() + error.Exception);
    }

    [Fact]
    public void A_credential_that_gets_no_token_is_an_AuthenticationError_on_the_first_call()
    {
        // EnvironmentCredential without AZURE_CLIENT_ID and the rest fails at once, without any network call.
        var result = _shell.Run(LoadAzureIdentity + """
            $context = Connect-BatchAccount -Endpoint $emulator.Endpoint -TokenCredential ([Azure.Identity.EnvironmentCredential]::new()) -NoDefault
            'first-job', 'second-job' | ForEach-Object { Get-BatchJob -Id $_ -Context $context }
            """);

        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, error =>
        {
            Assert.Equal("BatchAuthenticationFailed,AzBatchJobs.Cmdlets.GetBatchJobCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.AuthenticationError, error.CategoryInfo.Category);
            Assert.StartsWith("EnvironmentCredential authentication unavailable.", error.Exception.Message);
        });
        Assert.Equal(new object[] { "first-job", "second-job" }, result.Errors.Select(e => e.TargetObject));
    }

    [Fact]
    public void A_key_that_is_not_base64_is_refused_without_echoing_it_and_the_default_stays()
    {
        var result = _shell.Run("""
            Connect-BatchAccount -Endpoint $emulator.Endpoint -AccountName $emulator.Account -AccountKey (ConvertTo-SecureString 'not a key!' -AsPlainText -Force)
            """);

        var error = Assert.Single(result.Errors);
        Assert.Equal("BatchInvalidConnection,AzBatchJobs.Cmdlets.ConnectBatchAccountCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.DoesNotContain("not a key!", error.ToString() + error.Exception);
        _shell.RunUnconnected("Get-BatchJob -MaxCount 1 | Out-Null").AssertSucceeded();
    }

    [Fact]
    public void Plain_http_is_refused_for_a_remote_endpoint()
    {
        var result = _shell.Run("""
            Connect-BatchAccount -Endpoint http://myaccount.westeurope.batch.azure.com -AccountName a -AccountKey (ConvertTo-SecureString $emulator.Key -AsPlainText -Force)
            """);

        var error = Assert.Single(result.Errors);
        Assert.Equal("BatchInvalidConnection,AzBatchJobs.Cmdlets.ConnectBatchAccountCommand", error.FullyQualifiedErrorId);
        Assert.Contains("https", error.ToString());
    }

    [Theory]
    [InlineData("-ManagedIdentity", "ManagedIdentity", null)]
    [InlineData("-ManagedIdentity -ClientId 11111111-2222-3333-4444-555555555555", "ManagedIdentity", "11111111-2222-3333-4444-555555555555")]
    [InlineData("", "DefaultAzureCredential", null)]
    [InlineData("-TokenCredential ([Azure.Identity.AzureCliCredential]::new())", "AzureCliCredential", null)]
    public void Entra_ID_sets_are_chosen_by_their_parameters(string parameters, string credentialType, string? clientId)
    {
        var result = _shell.Run(LoadAzureIdentity + $"Connect-BatchAccount -Endpoint {Remote} {parameters} -NoDefault").AssertSucceeded();

        Assert.Equal("EntraId", result.Property("AuthenticationKind").Single());
        Assert.Equal(credentialType, result.Property("CredentialType").Single());
        Assert.Equal(clientId, result.Property("ClientId").Single());
    }

    [Fact]
    public void A_PSCredential_with_a_tenant_is_a_service_principal_with_a_client_secret()
    {
        var result = _shell.Run($$"""
            $credential = [pscredential]::new('11111111-2222-3333-4444-555555555555', (ConvertTo-SecureString 'the-secret' -AsPlainText -Force))
            Connect-BatchAccount {{Remote}} -Tenant contoso.onmicrosoft.com -Credential $credential -NoDefault -Verbose
            """).AssertSucceeded();

        var context = Assert.Single(result.Output);
        Assert.Equal("ClientSecret", context.Properties["CredentialType"].Value);
        Assert.Equal("contoso.onmicrosoft.com", context.Properties["TenantId"].Value);
        Assert.Equal("11111111-2222-3333-4444-555555555555", context.Properties["ClientId"].Value);
        Assert.DoesNotContain("the-secret", context.BaseObject.ToString() + string.Join("\n", result.Verbose));
    }

    [Fact]
    public void A_PSCredential_with_a_blank_user_name_is_refused_naming_Credential()
    {
        var result = _shell.Run($"Connect-BatchAccount {Remote} -TenantId t -Credential ([pscredential]::new(' ', (ConvertTo-SecureString 's' -AsPlainText -Force)))");

        var error = Assert.Single(result.Errors);
        Assert.Equal("BatchInvalidConnection,AzBatchJobs.Cmdlets.ConnectBatchAccountCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Equal("-Credential is required.", error.Exception.Message);
    }

    [Fact]
    public void A_PSCredential_without_a_tenant_is_missing_TenantId()
    {
        var result = _shell.Run($"""
            Connect-BatchAccount {Remote} -Credential ([pscredential]::new('app', (ConvertTo-SecureString 's' -AsPlainText -Force)))
            """);

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("MissingMandatoryParameter,", error.FullyQualifiedErrorId);
        Assert.Contains("TenantId", error.ToString());
    }
}
