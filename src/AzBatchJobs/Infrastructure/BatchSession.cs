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

    /// <summary>
    /// The connection tab completion may use without delay: the given one, the default, or the Azure CLI's
    /// variables when they hold a Shared Key. Null otherwise (DefaultAzureCredential could take seconds).
    /// </summary>
    public static BatchAccountContext? ForCompletion(BatchAccountContext? explicitContext)
    {
        if (explicitContext is not null) return explicitContext;
        if (Default is { } current) return current;
        var sharedKeyInEnvironment = !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(BatchConnection.EndpointVariable))
            && !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(BatchConnection.AccountVariable))
            && !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(BatchConnection.AccessKeyVariable));
        if (!sharedKeyInEnvironment) return null;
        try
        {
            return Resolve(null);
        }
        catch (ArgumentException)
        {
            return null;
        }
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
