using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Web;
using AzBatchJobs.Client.Tests.Infrastructure;

namespace AzBatchJobs.Client.Tests;

/// <summary>
/// Service principal connections: the token request Azure.Identity builds is answered by a capturing
/// transport, so the tenant, application id and secret or certificate it uses are observed without
/// calling Microsoft Entra ID.
/// </summary>
public sealed class ServicePrincipalTests
{
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private const string Application = "11111111-2222-3333-4444-555555555555";

    // Instance discovery, then the token request; anything else answers 404 and fails the test.
    private static CapturingTransport EntraId() => new(request =>
        request.Path.EndsWith("/discovery/instance", StringComparison.Ordinal)
            ? TestResponse.Json(200, """
                {"tenant_discovery_endpoint":"https://login.microsoftonline.com/tenant/v2.0/.well-known/openid-configuration","api-version":"1.1",
                 "metadata":[{"preferred_network":"login.microsoftonline.com","preferred_cache":"login.windows.net","aliases":["login.microsoftonline.com","login.windows.net"]}]}
                """)
            : request.Path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal)
                ? TestResponse.Json(200, """{"token_type":"Bearer","expires_in":3600,"access_token":"service-principal-token"}""")
                : new TestResponse(404));

    private static async Task<CapturedRequest> SignInAsync(BatchConnection connection, CapturingTransport entraId)
    {
        var batch = CapturingTransport.Responding(TestResponse.Json(200, """{"id":"job-1"}"""));
        await new BatchClient(connection, TestClients.Options(batch)).GetJobAsync("job-1");
        Assert.Equal("Bearer service-principal-token", batch.Single.Header("Authorization"));
        return Assert.Single(entraId.Requests, r => r.Path.EndsWith("/token", StringComparison.Ordinal));
    }

    private static System.Collections.Specialized.NameValueCollection Form(CapturedRequest request) => HttpUtility.ParseQueryString(request.BodyText!);

    [Fact]
    public async Task A_client_secret_signs_in_to_its_tenant_as_its_application()
    {
        var entraId = EntraId();
        var connection = BatchConnection.ClientSecret(TestClients.Endpoint, Tenant, Application, "the-secret", entraId);

        var token = await SignInAsync(connection, entraId);

        Assert.Equal($"/{Tenant}/oauth2/v2.0/token", token.Path);
        var form = Form(token);
        Assert.Equal(Application, form["client_id"]);
        Assert.Equal("the-secret", form["client_secret"]);
        Assert.Equal(BatchConnection.EntraScope, form["scope"]);
        Assert.Equal(("ClientSecret", Tenant, Application), (connection.CredentialType, connection.TenantId, connection.ClientId));
        Assert.DoesNotContain("the-secret", connection.ToString());
    }

    [Fact]
    public async Task A_pfx_file_with_its_password_signs_in_with_a_client_assertion()
    {
        using var certificate = SelfSigned();
        var path = Path.Combine(Path.GetTempPath(), $"azbj-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, "pfx-password"));
        try
        {
            var entraId = EntraId();
            var connection = BatchConnection.ClientCertificateFile(TestClients.Endpoint, Tenant, Application, path, "pfx-password", entraId);

            var form = Form(await SignInAsync(connection, entraId));

            Assert.Equal(Application, form["client_id"]);
            Assert.Equal("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", form["client_assertion_type"]);
            Assert.False(string.IsNullOrEmpty(form["client_assertion"]));
            Assert.Equal(certificate.Thumbprint, connection.CertificateThumbprint);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_wrong_pfx_password_or_a_missing_file_is_refused_at_connect_time()
    {
        using var certificate = SelfSigned();
        var path = Path.Combine(Path.GetTempPath(), $"azbj-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, "right"));
        try
        {
            var wrong = Assert.Throws<BatchValidationException>(() => BatchConnection.ClientCertificateFile(TestClients.Endpoint, Tenant, Application, path, "wrong"));
            Assert.Equal("certificatePath", wrong.Field);
            Assert.Contains("check the file and its password", wrong.Message);
            Assert.DoesNotContain("wrong", wrong.Message.Replace(path, ""));
        }
        finally
        {
            File.Delete(path);
        }
        var missing = Assert.Throws<BatchValidationException>(() => BatchConnection.ClientCertificateFile(TestClients.Endpoint, Tenant, Application, path));
        Assert.Equal($"certificatePath '{path}' does not exist.", missing.Message);
    }

    [Fact]
    public void A_certificate_without_its_private_key_is_refused()
    {
        using var certificate = SelfSigned();
        using var publicOnly = X509CertificateLoader.LoadCertificate(certificate.Export(X509ContentType.Cert));

        var error = Assert.Throws<BatchValidationException>(() => BatchConnection.ClientCertificate(TestClients.Endpoint, Tenant, Application, publicOnly));

        Assert.Contains("has no private key", error.Message);
    }

    [Fact]
    public void A_thumbprint_that_names_no_certificate_says_where_it_looked()
    {
        var error = Assert.Throws<BatchValidationException>(() =>
            BatchConnection.ClientCertificateThumbprint(TestClients.Endpoint, Tenant, Application, "0000000000000000000000000000000000000000"));

        Assert.Equal("certificateThumbprint", error.Field);
        Assert.Contains("CurrentUser or LocalMachine personal (My) certificate store", error.Message);
    }

    [Theory]
    [InlineData("", Application, "tenantId")]
    [InlineData(Tenant, " ", "clientId")]
    public void The_tenant_and_the_application_are_required(string tenant, string application, string field)
    {
        var error = Assert.Throws<BatchValidationException>(() => BatchConnection.ClientSecret(TestClients.Endpoint, tenant, application, "secret"));

        Assert.Equal($"{field} is required.", error.Message);
    }

    [Fact]
    public void Managed_identity_and_the_default_chain_describe_themselves()
    {
        var user = BatchConnection.ManagedIdentity(TestClients.Endpoint, Application);
        var chain = BatchConnection.DefaultAzureCredential(TestClients.Endpoint);

        Assert.Equal(("ManagedIdentity", Application), (user.CredentialType, user.ClientId));
        Assert.Equal("DefaultAzureCredential", chain.CredentialType);
        Assert.Equal($"{TestClients.Endpoint} (Microsoft Entra ID, ManagedIdentity, client id {Application})", user.ToString());
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=azbatchjobs-test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
    }
}
