using System;
using System.IO;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;

namespace AzBatchJobs.Client;

/// <summary>
/// Builds the Microsoft Entra ID credentials a connection can use (Azure.Identity), and loads the
/// certificates a service principal signs in with. Input is checked here, so a missing file or
/// certificate is reported at connect time; a wrong secret or key only shows on the first call.
/// </summary>
internal static class EntraCredentials
{
    public static TokenCredential ClientSecret(string tenantId, string clientId, string secret, HttpPipelineTransport? transport)
    {
        Require(tenantId, "tenantId");
        Require(clientId, "clientId");
        Require(secret, "clientSecret");
        return new ClientSecretCredential(tenantId, clientId, secret, WithTransport(new ClientSecretCredentialOptions(), transport));
    }

    public static TokenCredential ClientCertificate(string tenantId, string clientId, X509Certificate2 certificate, HttpPipelineTransport? transport)
    {
        Require(tenantId, "tenantId");
        Require(clientId, "clientId");
        if (!certificate.HasPrivateKey)
        {
            throw new BatchValidationException("certificate", $" {certificate.Thumbprint} has no private key; a service principal signs in with the certificate's private key.");
        }
        return new ClientCertificateCredential(tenantId, clientId, certificate, WithTransport(new ClientCertificateCredentialOptions(), transport));
    }

    /// <summary>A PEM file with the certificate and its private key, which Azure.Identity reads at the first call.</summary>
    public static TokenCredential ClientCertificatePem(string tenantId, string clientId, string path, HttpPipelineTransport? transport)
    {
        Require(tenantId, "tenantId");
        Require(clientId, "clientId");
        RequireFile(path);
        return new ClientCertificateCredential(tenantId, clientId, path, WithTransport(new ClientCertificateCredentialOptions(), transport));
    }

    public static bool IsPem(string path) => string.Equals(Path.GetExtension(path), ".pem", StringComparison.OrdinalIgnoreCase);

    /// <summary>A PFX (PKCS#12) file, read now so that a wrong path or password is reported at connect time.</summary>
    public static X509Certificate2 LoadPfx(string path, string? password)
    {
        RequireFile(path);
        try
        {
            return new X509Certificate2(path, password);
        }
        catch (CryptographicException e)
        {
            throw new BatchValidationException("certificatePath",
                $" '{path}' could not be read as a PFX certificate ({e.Message.Trim().TrimEnd('.')}); check the file and its password.", e);
        }
    }

    /// <summary>The certificate with this thumbprint from the CurrentUser, then the LocalMachine, personal (My) store.</summary>
    public static X509Certificate2 FindCertificate(string thumbprint)
    {
        Require(thumbprint, "certificateThumbprint");
        var wanted = thumbprint.Replace(" ", string.Empty);
        foreach (var location in new[] { StoreLocation.CurrentUser, StoreLocation.LocalMachine })
        {
            using var store = new X509Store(StoreName.My, location);
            try
            {
                store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
            }
            catch (CryptographicException)
            {
                continue; // That store does not exist on this machine (e.g. LocalMachine\My on Linux).
            }
            var found = store.Certificates.Find(X509FindType.FindByThumbprint, wanted, validOnly: false);
            if (found.Count > 0)
            {
                return found[0];
            }
        }
        throw new BatchValidationException("certificateThumbprint",
            $" '{thumbprint}' names no certificate in the CurrentUser or LocalMachine personal (My) certificate store.");
    }

    public static TokenCredential ManagedIdentity(string? clientId) =>
        new ManagedIdentityCredential(clientId is null ? Azure.Identity.ManagedIdentityId.SystemAssigned : Azure.Identity.ManagedIdentityId.FromUserAssignedClientId(clientId));

    private static T WithTransport<T>(T options, HttpPipelineTransport? transport) where T : TokenCredentialOptions
    {
        if (transport is not null)
        {
            options.Transport = transport;
        }
        return options;
    }

    private static void RequireFile(string path)
    {
        Require(path, "certificatePath");
        if (!File.Exists(path))
        {
            throw new BatchValidationException("certificatePath", $" '{path}' does not exist.");
        }
    }

    private static void Require(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new BatchValidationException(field, " is required.");
        }
    }
}
