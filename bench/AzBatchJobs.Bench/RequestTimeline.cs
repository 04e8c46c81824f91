using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using AzBatchJobs.Client;

namespace AzBatchJobs.Bench;

/// <summary>Every attempt the client made (from BatchClientOptions.RequestObserver), to count requests and
/// 429s and to show how many were in flight over time.</summary>
internal sealed class RequestTimeline
{
    private static readonly TimeSpan Bucket = TimeSpan.FromMilliseconds(500);
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly ConcurrentQueue<(TimeSpan Start, TimeSpan End, int? Status, bool Lookup)> attempts = new();

    public void Observe(BatchRequestTrace trace)
    {
        var end = clock.Elapsed;
        attempts.Enqueue((end - trace.Duration, end, trace.Status, trace.Method == "GET"));
    }

    /// <summary>Forgets what came before (the job's setup).</summary>
    public void Restart()
    {
        attempts.Clear();
        clock.Restart();
    }

    public void CountInto(BenchResult result)
    {
        result.Requests = attempts.Count;
        result.Throttled = attempts.Count(a => a.Status == 429);
        result.Lookups = attempts.Count(a => a.Lookup);
    }

    /// <summary>One line per half second: requests started, 429s and 2xx answered, most requests in flight at once.</summary>
    public IEnumerable<string> Lines()
    {
        var all = attempts.ToArray();
        if (all.Length == 0)
        {
            yield break;
        }

        var last = all.Max(a => a.End);
        for (var from = TimeSpan.Zero; from < last; from += Bucket)
        {
            var to = from + Bucket;
            int started = all.Count(a => a.Start >= from && a.Start < to);
            int throttled = all.Count(a => a.Status == 429 && a.End >= from && a.End < to);
            int ok = all.Count(a => a.Status is >= 200 and < 300 && a.End >= from && a.End < to);
            yield return string.Create(CultureInfo.InvariantCulture,
                $"timeline: t={from.TotalSeconds:F1}s started={started} throttled={throttled} ok={ok} max_in_flight={MaxInFlight(all, from, to)}");
        }
    }

    private static int MaxInFlight((TimeSpan Start, TimeSpan End, int? Status, bool Lookup)[] all, TimeSpan from, TimeSpan to)
    {
        // The most overlapping attempts at any moment within [from, to): sweep over the starts and ends.
        var events = new List<(TimeSpan At, int Change)>();
        foreach (var (start, end, _, _) in all)
        {
            if (start < to && end > from)
            {
                events.Add((start < from ? from : start, +1));
                events.Add((end, -1));
            }
        }

        events.Sort((x, y) => x.At != y.At ? x.At.CompareTo(y.At) : x.Change.CompareTo(y.Change));
        int now = 0, most = 0;
        foreach (var (_, change) in events)
        {
            now += change;
            most = Math.Max(most, now);
        }

        return most;
    }
}
