namespace AzBatchJobs.Client.Tests.EndToEnd;

/// <summary>Polls until a condition holds, failing with the last observed value after a time limit.</summary>
internal static class Eventually
{
    private static readonly TimeSpan DefaultLimit = TimeSpan.FromSeconds(15);

    public static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what, TimeSpan? limit = null)
    {
        var deadline = DateTime.UtcNow + (limit ?? DefaultLimit);
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what}; last value: {value}.");
            }
            await Task.Delay(50);
        }
    }
}
