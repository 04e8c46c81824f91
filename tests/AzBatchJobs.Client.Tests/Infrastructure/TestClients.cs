using Azure.Core;

namespace AzBatchJobs.Client.Tests.Infrastructure;

internal static class TestClients
{
    public const string Account = "testaccount";

    // 32 bytes of 0x01..0x20, base64; a made-up key for tests only.
    public const string Key = "AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=";

    public static readonly Uri Endpoint = new("https://testaccount.westeurope.batch.azure.com");

    public static BatchClientOptions Options(CapturingTransport transport, Action<BatchRequestTrace>? observer = null)
    {
        var options = new BatchClientOptions { Transport = transport, RequestObserver = observer };
        options.Retry.Mode = RetryMode.Fixed;
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        options.Retry.MaxRetries = 3;
        return options;
    }

    public static BatchClient SharedKey(CapturingTransport transport, Action<BatchRequestTrace>? observer = null) =>
        new(BatchConnection.SharedKey(Endpoint, Account, Key), Options(transport, observer));
}
