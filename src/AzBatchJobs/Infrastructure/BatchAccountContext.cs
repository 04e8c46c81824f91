using System;
using AzBatchJobs.Client;

namespace AzBatchJobs;

/// <summary>
/// A connection to one Batch account, as Connect-BatchAccount returns it and -Context takes it.
/// Holds the client (and so the credential) but shows only the endpoint, account and how it signs in.
/// </summary>
public sealed class BatchAccountContext
{
    private BatchClient? _completionClient;

    internal BatchAccountContext(BatchConnection connection)
    {
        Connection = connection;
        Client = new BatchClient(connection, new BatchClientOptions { RequestObserver = RequestTraceSink.Publish });
    }

    public Uri Endpoint => Connection.Endpoint;

    public string? AccountName => Connection.AccountName;

    /// <summary>SharedKey or EntraId.</summary>
    public string AuthenticationKind => Connection.AuthenticationKind;

    /// <summary>SharedKey, ClientSecret, ClientCertificate, ManagedIdentity, DefaultAzureCredential, or a TokenCredential's class name.</summary>
    public string CredentialType => Connection.CredentialType;

    /// <summary>The tenant of a service principal.</summary>
    public string? TenantId => Connection.TenantId;

    /// <summary>The application (client) id of a service principal or user-assigned managed identity.</summary>
    public string? ClientId => Connection.ClientId;

    /// <summary>The thumbprint of a service principal's certificate.</summary>
    public string? CertificateThumbprint => Connection.CertificateThumbprint;

    internal BatchConnection Connection { get; }

    internal BatchClient Client { get; }

    /// <summary>A client for tab completion: no retries and a short network timeout, so a dead service answers fast.</summary>
    internal BatchClient CompletionClient => _completionClient ??= new BatchClient(Connection, BatchClientOptions.WithoutRetries(TimeSpan.FromSeconds(3)));

    public override string ToString() => Connection.ToString();
}
