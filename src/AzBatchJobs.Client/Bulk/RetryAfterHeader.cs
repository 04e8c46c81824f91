using System;
using System.Globalization;
using Azure.Core;

namespace AzBatchJobs.Client.Bulk;

/// <summary>Reads the service's requested wait from retry-after-ms, x-ms-retry-after-ms or Retry-After (seconds or an HTTP date).</summary>
internal static class RetryAfterHeader
{
    public static TimeSpan? Read(ResponseHeaders headers)
    {
        foreach (var name in new[] { "retry-after-ms", "x-ms-retry-after-ms" })
        {
            if (headers.TryGetValue(name, out var ms) && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds) && milliseconds >= 0)
            {
                return TimeSpan.FromMilliseconds(milliseconds);
            }
        }

        if (!headers.TryGetValue("Retry-After", out var value) || value is null)
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var until))
        {
            var wait = until - DateTimeOffset.UtcNow;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }
}
