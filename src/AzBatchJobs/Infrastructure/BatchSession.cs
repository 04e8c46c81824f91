using System;
using AzBatchJobs.Client;

namespace AzBatchJobs;

/// <summary>
/// The session's default connection: the one Connect-BatchAccount set, else one built from the
/// Azure CLI's variables (AZURE_BATCH_ENDPOINT, AZURE_BATCH_ACCOUNT, AZURE_BATCH_ACCESS_KEY).
/// </summary>
internal static class BatchSession
{
    private static readonly object Gate = new();
    private static BatchAccountContext? _default;
    private static BatchAccountContext? _fromEnvironment;
    private static string? _environmentSnapshot;

    public static BatchAccountContext? Default
    {
        get { lock (Gate) return _default; }
        set { lock (Gate) _default = value; }
    }

    public static BatchAccountContext Resolve(BatchAccountContext? explicitContext)
    {
        if (explicitContext is not null) return explicitContext;
        lock (Gate)
        {
            if (_default is not null) return _default;
            // Rebuilt only when the variables change, so a DefaultAzureCredential keeps its token cache.
            var snapshot = string.Join("\n",
                Environment.GetEnvironmentVariable(BatchConnection.EndpointVariable),
                Environment.GetEnvironmentVariable(BatchConnection.AccountVariable),
                Environment.GetEnvironmentVariable(BatchConnection.AccessKeyVariable));
            if (_fromEnvironment is null || snapshot != _environmentSnapshot)
            {
                _fromEnvironment = new BatchAccountContext(BatchConnection.FromEnvironment());
                _environmentSnapshot = snapshot;
            }
            return _fromEnvironment;
        }
    }
}
