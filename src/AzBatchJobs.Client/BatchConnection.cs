using System;
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

    private BatchConnection(Uri endpoint, string? accountName, byte[]? sharedKey, TokenCredential? tokenCredential)
    {
        Endpoint = endpoint;
        AccountName = accountName;
        _sharedKey = sharedKey;
        _tokenCredential = tokenCredential;
    }

    /// <summary>The account endpoint, e.g. https://myaccount.westeurope.batch.azure.com.</summary>
    public Uri Endpoint { get; }

    /// <summary>The account name (Shared Key connections only).</summary>
    public string? AccountName { get; }

    /// <summary>"SharedKey" or "EntraId".</summary>
    public string AuthenticationKind => _sharedKey is not null ? "SharedKey" : "EntraId";

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
        return new BatchConnection(validEndpoint, accountName.Trim(), key, null);
    }

    public static BatchConnection TokenCredential(Uri endpoint, TokenCredential credential)
    {
        var validEndpoint = BatchEndpointRules.Validate(endpoint);
        if (credential is null)
        {
            throw new ArgumentNullException(nameof(credential), "A TokenCredential is required for Microsoft Entra ID authentication.");
        }
        return new BatchConnection(validEndpoint, null, null, credential);
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
        return TokenCredential(endpoint, new DefaultAzureCredential());
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

    public override string ToString() =>
        _sharedKey is not null
            ? $"{Endpoint} (Shared Key, account {AccountName})"
            : $"{Endpoint} (Microsoft Entra ID, {_tokenCredential!.GetType().Name})";
}
