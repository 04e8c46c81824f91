using System;
using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using AzBatchJobs.Client.Pipeline;

namespace AzBatchJobs.Client;

/// <summary>A Batch account endpoint plus the credential to reach it (Shared Key or Microsoft Entra ID).</summary>
public sealed class BatchConnection
{
    /// <summary>The OAuth scope the Batch data plane accepts (the double slash is intended).</summary>
    public const string EntraScope = "https://batch.core.windows.net//.default";

    public const string EndpointVariable = "AZURE_BATCH_ENDPOINT";
    public const string AccountVariable = "AZURE_BATCH_ACCOUNT";
    public const string AccessKeyVariable = "AZURE_BATCH_ACCESS_KEY";

    private readonly byte[]? _sharedKey;
    private readonly TokenCredential? _tokenCredential;

    private BatchConnection(Uri endpoint, string? accountName, byte[]? sharedKey, TokenCredential? tokenCredential, string credentialType,
        string? tenantId = null, string? clientId = null, string? certificateThumbprint = null)
    {
        Endpoint = endpoint;
        AccountName = accountName;
        _sharedKey = sharedKey;
        _tokenCredential = tokenCredential;
        CredentialType = credentialType;
        TenantId = tenantId;
        ClientId = clientId;
        CertificateThumbprint = certificateThumbprint;
    }

    /// <summary>The account endpoint, e.g. https://myaccount.westeurope.batch.azure.com.</summary>
    public Uri Endpoint { get; }

    /// <summary>The account name (Shared Key connections only).</summary>
    public string? AccountName { get; }

    /// <summary>"SharedKey" or "EntraId".</summary>
    public string AuthenticationKind => _sharedKey is not null ? "SharedKey" : "EntraId";

    /// <summary>
    /// How the connection signs in: SharedKey, ClientSecret, ClientCertificate, ManagedIdentity,
    /// DefaultAzureCredential, or the class name of a TokenCredential passed in.
    /// </summary>
    public string CredentialType { get; }

    /// <summary>The Microsoft Entra tenant of a service principal connection.</summary>
    public string? TenantId { get; }

    /// <summary>The application (client) id of a service principal or user-assigned managed identity.</summary>
    public string? ClientId { get; }

    /// <summary>The thumbprint of the certificate a service principal signs in with, when it was loaded at connect time.</summary>
    public string? CertificateThumbprint { get; }

    public static BatchConnection SharedKey(Uri endpoint, string accountName, string base64Key)
    {
        var validEndpoint = BatchEndpointRules.Validate(endpoint);
        if (string.IsNullOrWhiteSpace(accountName))
        {
            throw new ArgumentException("The Batch account name is required for Shared Key authentication.", nameof(accountName));
        }
        if (string.IsNullOrEmpty(base64Key))
        {
            throw new ArgumentException("The Batch account key is required for Shared Key authentication.", nameof(base64Key));
        }
        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64Key);
        }
        catch (FormatException)
        {
            // The key itself is never echoed back.
            throw new ArgumentException("The Batch account key is not valid base64; copy the access key exactly as the portal shows it.", nameof(base64Key));
        }
        return new BatchConnection(validEndpoint, accountName.Trim(), key, null, "SharedKey");
    }

    public static BatchConnection TokenCredential(Uri endpoint, TokenCredential credential)
    {
        var validEndpoint = BatchEndpointRules.Validate(endpoint);
        if (credential is null)
        {
            throw new ArgumentNullException(nameof(credential), "A TokenCredential is required for Microsoft Entra ID authentication.");
        }
        return new BatchConnection(validEndpoint, null, null, credential, credential is Credentials.ForeignTokenCredential foreign ? foreign.CredentialTypeName : credential.GetType().Name);
    }

    /// <summary>A service principal signing in with a client secret (Azure.Identity's ClientSecretCredential).</summary>
    public static BatchConnection ClientSecret(Uri endpoint, string tenantId, string clientId, string clientSecret) =>
        ClientSecret(endpoint, tenantId, clientId, clientSecret, null);

    internal static BatchConnection ClientSecret(Uri endpoint, string tenantId, string clientId, string clientSecret, HttpPipelineTransport? identityTransport)
    {
        var validEndpoint = BatchEndpointRules.Validate(endpoint);
        var credential = EntraCredentials.ClientSecret(tenantId, clientId, clientSecret, identityTransport);
        return new BatchConnection(validEndpoint, null, null, credential, "ClientSecret", tenantId, clientId);
    }

    /// <summary>A service principal signing in with a certificate that has its private key.</summary>
    public static BatchConnection ClientCertificate(Uri endpoint, string tenantId, string clientId, X509Certificate2 certificate) =>
        ClientCertificate(endpoint, tenantId, clientId, certificate, null);

    internal static BatchConnection ClientCertificate(Uri endpoint, string tenantId, string clientId, X509Certificate2 certificate, HttpPipelineTransport? identityTransport)
    {
        var validEndpoint = BatchEndpointRules.Validate(endpoint);
        if (certificate is null)
        {
            throw new ArgumentNullException(nameof(certificate));
        }
        var credential = EntraCredentials.ClientCertificate(tenantId, clientId, certificate, identityTransport);
        return new BatchConnection(validEndpoint, null, null, credential, "ClientCertificate", tenantId, clientId, certificate.Thumbprint);
    }

    /// <summary>A service principal signing in with the certificate of this thumbprint in the CurrentUser or LocalMachine personal store.</summary>
    public static BatchConnection ClientCertificateThumbprint(Uri endpoint, string tenantId, string clientId, string thumbprint)
    {
        var validEndpoint = BatchEndpointRules.Validate(endpoint);
        return ClientCertificate(validEndpoint, tenantId, clientId, EntraCredentials.FindCertificate(thumbprint), null);
    }

    /// <summary>A service principal signing in with a certificate file: PFX (with its password, if any) or PEM with the private key.</summary>
    public static BatchConnection ClientCertificateFile(Uri endpoint, string tenantId, string clientId, string path, string? password = null) =>
        ClientCertificateFile(endpoint, tenantId, clientId, path, password, null);

    internal static BatchConnection ClientCertificateFile(Uri endpoint, string tenantId, string clientId, string path, string? password, HttpPipelineTransport? identityTransport)
    {
        var validEndpoint = BatchEndpointRules.Validate(endpoint);
        if (password is null && EntraCredentials.IsPem(path))
        {
            var credential = EntraCredentials.ClientCertificatePem(tenantId, clientId, path, identityTransport);
            return new BatchConnection(validEndpoint, null, null, credential, "ClientCertificate", tenantId, clientId);
        }
        return ClientCertificate(validEndpoint, tenantId, clientId, EntraCredentials.LoadPfx(path, password), identityTransport);
    }

    /// <summary>The managed identity of the Azure resource this runs on: system-assigned, or user-assigned by client id.</summary>
    public static BatchConnection ManagedIdentity(Uri endpoint, string? clientId = null)
    {
        var validEndpoint = BatchEndpointRules.Validate(endpoint);
        return new BatchConnection(validEndpoint, null, null, EntraCredentials.ManagedIdentity(clientId), "ManagedIdentity", null, clientId);
    }

    /// <summary>Azure.Identity's DefaultAzureCredential chain (environment, workload and managed identity, Azure CLI...).</summary>
    public static BatchConnection DefaultAzureCredential(Uri endpoint)
    {
        var validEndpoint = BatchEndpointRules.Validate(endpoint);
        return new BatchConnection(validEndpoint, null, null, new DefaultAzureCredential(), "DefaultAzureCredential");
    }

    /// <summary>
    /// Reads the Azure CLI's variables: AZURE_BATCH_ENDPOINT (required), then Shared Key when both
    /// AZURE_BATCH_ACCOUNT and AZURE_BATCH_ACCESS_KEY are set, else Entra ID through DefaultAzureCredential.
    /// </summary>
    public static BatchConnection FromEnvironment() => FromEnvironment(Environment.GetEnvironmentVariable);

    internal static BatchConnection FromEnvironment(Func<string, string?> getVariable)
    {
        var endpointText = getVariable(EndpointVariable);
        if (string.IsNullOrWhiteSpace(endpointText))
        {
            throw new InvalidOperationException(
                $"No Batch connection: set {EndpointVariable} (and {AccountVariable} with {AccessKeyVariable} for Shared Key), or pass a connection explicitly.");
        }
        var endpoint = ParseEndpoint(endpointText!.Trim());
        var account = getVariable(AccountVariable);
        var key = getVariable(AccessKeyVariable);
        if (!string.IsNullOrWhiteSpace(account) && !string.IsNullOrEmpty(key))
        {
            return SharedKey(endpoint, account!, key!);
        }
        return DefaultAzureCredential(endpoint);
    }

    // The Azure CLI accepts an endpoint without a scheme; https is implied.
    private static Uri ParseEndpoint(string text)
    {
        var withScheme = text.IndexOf("://", StringComparison.Ordinal) >= 0 ? text : "https://" + text;
        if (!Uri.TryCreate(withScheme, UriKind.Absolute, out var endpoint))
        {
            throw new ArgumentException($"{EndpointVariable} '{text}' is not a valid URI.", EndpointVariable);
        }
        return endpoint;
    }

    internal HttpPipelinePolicy CreateAuthenticationPolicy() =>
        _sharedKey is not null
            ? new BatchSharedKeyPolicy(AccountName!, _sharedKey)
            : new BatchBearerTokenPolicy(_tokenCredential!, EntraScope);

    public override string ToString()
    {
        if (_sharedKey is not null)
        {
            return $"{Endpoint} (Shared Key, account {AccountName})";
        }
        var who = TenantId is not null ? $", application {ClientId} in tenant {TenantId}" : ClientId is not null ? $", client id {ClientId}" : string.Empty;
        return $"{Endpoint} (Microsoft Entra ID, {CredentialType}{who})";
    }
}
