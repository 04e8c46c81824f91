namespace AzBatchJobs.Bench;

/// <summary>The account from AZURE_BATCH_ENDPOINT, AZURE_BATCH_ACCOUNT and AZURE_BATCH_ACCESS_KEY.
/// ToString never shows the key.</summary>
internal sealed class BenchConnection
{
    private BenchConnection(Uri endpoint, string account, string key)
    {
        Endpoint = endpoint;
        Account = account;
        Key = key;
    }

    public Uri Endpoint { get; }

    public string Account { get; }

    public string Key { get; }

    public static BenchConnection FromEnvironment()
    {
        string endpoint = Required("AZURE_BATCH_ENDPOINT");
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri))
        {
            throw new ArgumentException("AZURE_BATCH_ENDPOINT must be an absolute URL such as http://127.0.0.1:10100.");
        }

        return new BenchConnection(uri, Required("AZURE_BATCH_ACCOUNT"), Required("AZURE_BATCH_ACCESS_KEY"));
    }

    public override string ToString() => $"{Account} at {Endpoint}";

    private static string Required(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new ArgumentException($"The environment variable {name} is not set.");
}
