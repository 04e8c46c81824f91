using System;
using AzBatchJobs.Client;

namespace AzBatchJobs;

/// <summary>
/// A connection to one Batch account, as Connect-BatchAccount returns it and -Context takes it.
/// Holds the client (and so the credential) but shows only the endpoint, account and kind of authentication.
/// </summary>
public sealed class BatchAccountContext
{
    internal BatchAccountContext(BatchConnection connection)
    {
        Connection = connection;
        Client = new BatchClient(connection, new BatchClientOptions { RequestObserver = RequestTraceSink.Publish });
    }

    public Uri Endpoint => Connection.Endpoint;

    public string? AccountName => Connection.AccountName;

    /// <summary>SharedKey or EntraId.</summary>
    public string AuthenticationKind => Connection.AuthenticationKind;

    internal BatchConnection Connection { get; }

    internal BatchClient Client { get; }

    public override string ToString() => Connection.ToString();
}
