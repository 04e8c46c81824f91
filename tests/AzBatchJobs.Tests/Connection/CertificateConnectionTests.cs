using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using AzBatchJobs.Tests.Shell;

namespace AzBatchJobs.Tests.Connection;

/// <summary>Connect-BatchAccount with a service principal's certificate: a PFX file or a certificate in the user's store.</summary>
public sealed class CertificateConnectionTests : IClassFixture<BatchShell>, IDisposable
{
    private const string Application = "11111111-2222-3333-4444-555555555555";
    private readonly BatchShell _shell;
    private readonly X509Certificate2 _certificate;
    private readonly string _folder = Directory.CreateTempSubdirectory("azbj-cert").FullName;

    public CertificateConnectionTests(BatchShell shell)
    {
        _shell = shell;
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=azbatchjobs-connect-test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        _certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        File.WriteAllBytes(Path.Combine(_folder, "sp.pfx"), _certificate.Export(X509ContentType.Pfx, "pfx-password"));
    }

    public void Dispose()
    {
        _certificate.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void A_PFX_file_relative_to_the_current_location_with_its_password()
    {
        var result = _shell.Run($$"""
            Set-Location $folder
            Connect-BatchAccount https://myaccount.westeurope.batch.azure.com -TenantId contoso.onmicrosoft.com -ApplicationId {{Application}} -CertificatePath ./sp.pfx -CertificatePassword (ConvertTo-SecureString 'pfx-password' -AsPlainText -Force) -NoDefault
            """, ("folder", _folder)).AssertSucceeded();

        var context = Assert.Single(result.Output);
        Assert.Equal("ClientCertificate", context.Properties["CredentialType"].Value);
        Assert.Equal(Application, context.Properties["ClientId"].Value);
        Assert.Equal(_certificate.Thumbprint, context.Properties["CertificateThumbprint"].Value);
    }

    [Fact]
    public void A_wrong_PFX_password_is_refused_at_connect_time_naming_the_parameter()
    {
        var result = _shell.Run($$"""
            Connect-BatchAccount https://myaccount.westeurope.batch.azure.com -TenantId t -ClientId {{Application}} -CertificatePath $path -CertificatePassword (ConvertTo-SecureString 'wrong' -AsPlainText -Force)
            """, ("path", Path.Combine(_folder, "sp.pfx")));

        var error = Assert.Single(result.Errors);
        Assert.Equal("BatchInvalidConnection,AzBatchJobs.Cmdlets.ConnectBatchAccountCommand", error.FullyQualifiedErrorId);
        Assert.StartsWith($"-CertificatePath '{Path.Combine(_folder, "sp.pfx")}' could not be read as a PFX certificate", error.Exception.Message);
    }

    [Fact]
    public void A_thumbprint_from_the_current_users_store()
    {
        using var store = new X509Store(StoreName.My, StoreLocation.CurrentUser);
        store.Open(OpenFlags.ReadWrite);
        using var stored = X509CertificateLoader.LoadPkcs12(_certificate.Export(X509ContentType.Pfx), null, X509KeyStorageFlags.PersistKeySet | X509KeyStorageFlags.Exportable);
        store.Add(stored);
        try
        {
            var result = _shell.Run($"Connect-BatchAccount https://myaccount.westeurope.batch.azure.com -TenantId t -ClientId {Application} -CertificateThumbprint {_certificate.Thumbprint} -NoDefault")
                .AssertSucceeded();

            Assert.Equal(_certificate.Thumbprint, result.Property("CertificateThumbprint").Single());
        }
        finally
        {
            store.Remove(stored);
        }
    }
}
