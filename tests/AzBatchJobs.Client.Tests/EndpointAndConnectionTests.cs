using Azure.Core;
using Azure.Identity;

namespace AzBatchJobs.Client.Tests;

public sealed class EndpointAndConnectionTests
{
    [Theory]
    [InlineData("https://myaccount.westeurope.batch.azure.com")]
    [InlineData("http://127.0.0.1:5055")]
    [InlineData("http://127.10.0.3:8080")]
    [InlineData("http://[::1]:5055")]
    [InlineData("http://localhost:5055")]
    public void Https_and_loopback_http_are_accepted(string endpoint)
    {
        var connection = BatchConnection.SharedKey(new Uri(endpoint), "acct", TestKey);
        Assert.Equal(new Uri(endpoint), connection.Endpoint);
    }

    [Theory]
    [InlineData("http://myaccount.westeurope.batch.azure.com")]
    [InlineData("http://10.0.0.4:5055")]
    public void Plain_http_elsewhere_is_refused_with_the_rule(string endpoint)
    {
        var error = Assert.Throws<ArgumentException>(() => BatchConnection.SharedKey(new Uri(endpoint), "acct", TestKey));
        Assert.Equal("endpoint", error.ParamName);
        Assert.Contains("plain http", error.Message);
        Assert.Contains("loopback", error.Message);
    }

    [Fact]
    public void Other_schemes_and_relative_uris_are_refused()
    {
        Assert.Contains("https", Assert.Throws<ArgumentException>(() => BatchConnection.SharedKey(new Uri("ftp://host"), "acct", TestKey)).Message);
        Assert.Contains("absolute", Assert.Throws<ArgumentException>(() => BatchConnection.SharedKey(new Uri("/jobs", UriKind.Relative), "acct", TestKey)).Message);
    }

    [Fact]
    public void Token_credential_connections_follow_the_same_endpoint_rule()
    {
        var credential = new DefaultAzureCredential();
        Assert.Throws<ArgumentException>(() => BatchConnection.TokenCredential(new Uri("http://example.com"), credential));
        Assert.Equal("EntraId", BatchConnection.TokenCredential(new Uri("https://a.b.batch.azure.com"), credential).AuthenticationKind);
    }

    [Fact]
    public void A_bad_key_is_reported_without_echoing_it()
    {
        const string badKey = "not-base64-secret!!";
        var error = Assert.Throws<ArgumentException>(() => BatchConnection.SharedKey(new Uri("https://a.batch.azure.com"), "acct", badKey));
        Assert.Equal("base64Key", error.ParamName);
        Assert.DoesNotContain(badKey, error.Message);
        Assert.DoesNotContain(badKey, error.ToString());
    }

    [Fact]
    public void ToString_names_endpoint_and_account_but_never_the_key()
    {
        var connection = BatchConnection.SharedKey(new Uri("https://a.batch.azure.com"), "acct", TestKey);
        var text = connection.ToString();
        Assert.Contains("acct", text);
        Assert.Contains("https://a.batch.azure.com", text);
        Assert.DoesNotContain(TestKey, text);
    }

    [Fact]
    public void Environment_with_account_and_key_gives_shared_key_and_a_bare_host_gets_https()
    {
        var variables = new Dictionary<string, string?>
        {
            ["AZURE_BATCH_ENDPOINT"] = "myaccount.westeurope.batch.azure.com",
            ["AZURE_BATCH_ACCOUNT"] = "myaccount",
            ["AZURE_BATCH_ACCESS_KEY"] = TestKey,
        };

        var connection = BatchConnection.FromEnvironment(name => variables.GetValueOrDefault(name));

        Assert.Equal("SharedKey", connection.AuthenticationKind);
        Assert.Equal("myaccount", connection.AccountName);
        Assert.Equal(new Uri("https://myaccount.westeurope.batch.azure.com"), connection.Endpoint);
    }

    [Fact]
    public void Environment_without_key_falls_back_to_entra_id()
    {
        var variables = new Dictionary<string, string?> { ["AZURE_BATCH_ENDPOINT"] = "https://myaccount.westeurope.batch.azure.com" };

        var connection = BatchConnection.FromEnvironment(name => variables.GetValueOrDefault(name));

        Assert.Equal("EntraId", connection.AuthenticationKind);
        Assert.Null(connection.AccountName);
    }

    [Fact]
    public void Environment_without_endpoint_names_the_variable()
    {
        var error = Assert.Throws<InvalidOperationException>(() => BatchConnection.FromEnvironment(_ => null));
        Assert.Contains("AZURE_BATCH_ENDPOINT", error.Message);
    }

    [Fact]
    public void Entra_scope_is_the_batch_resource_default_scope()
    {
        Assert.Equal("https://batch.core.windows.net//.default", BatchConnection.EntraScope);
    }

    private const string TestKey = Infrastructure.TestClients.Key;
}
