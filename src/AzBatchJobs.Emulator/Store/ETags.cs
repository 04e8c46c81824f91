namespace AzBatchJobs.Emulator.Store;

/// <summary>ETags in the service's style (0x + hex), strictly increasing so every change gets a new one.</summary>
internal static class ETags
{
    private static long s_last;

    public static string Next()
    {
        long now = DateTime.UtcNow.Ticks;
        long value;
        long seen;
        do
        {
            seen = Interlocked.Read(ref s_last);
            value = Math.Max(now, seen + 1);
        }
        while (Interlocked.CompareExchange(ref s_last, value, seen) != seen);
        return "0x" + value.ToString("X");
    }
}
