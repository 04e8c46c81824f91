using System;
using System.Threading;

namespace AzBatchJobs.Client.Bulk;

/// <summary>The best known lower bound of (service clock - local clock), from service timestamps
/// seen in answers: a timestamp the service wrote precedes the moment we read it.</summary>
internal sealed class ServiceClockOffset
{
    private long lowerBoundTicks = long.MinValue;

    public TimeSpan? LowerBound
    {
        get
        {
            long ticks = Interlocked.Read(ref lowerBoundTicks);
            return ticks == long.MinValue ? (TimeSpan?)null : TimeSpan.FromTicks(ticks);
        }
    }

    /// <summary>Records a service timestamp read at <paramref name="readAt"/> (local clock).</summary>
    public void Observe(DateTimeOffset? serviceTimestamp, DateTimeOffset readAt)
    {
        if (serviceTimestamp is not DateTimeOffset stamp)
        {
            return;
        }

        long candidate = (stamp - readAt).Ticks;
        long current = Interlocked.Read(ref lowerBoundTicks);
        while (candidate > current)
        {
            long seen = Interlocked.CompareExchange(ref lowerBoundTicks, candidate, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
