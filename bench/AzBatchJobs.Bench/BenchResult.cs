using System.Diagnostics;
using System.Globalization;

namespace AzBatchJobs.Bench;

/// <summary>What one run counted, and its summary line.</summary>
internal sealed class BenchResult
{
    public long Added;
    public long Existed;
    public long Failed;
    public long NotSubmitted;
    public long Unknown;
    public long Requests;
    public long Throttled;
    public long Lookups;

    public TimeSpan Elapsed { get; set; }

    /// <summary>The bench process's CPU time (all its threads) while the clock ran.</summary>
    public TimeSpan ClientCpu { get; set; }

    public static TimeSpan ProcessCpu()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    /// <summary>How the garbage collector fared: collections per generation, heap at the end, and what is still live.</summary>
    public static string GcLine()
    {
        long heapAtEnd = GC.GetGCMemoryInfo().HeapSizeBytes;
        long live = GC.GetTotalMemory(forceFullCollection: true);
        return string.Create(CultureInfo.InvariantCulture,
            $"gc: collections={GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} heap_mb_at_end={heapAtEnd / 1048576.0:F1} live_mb={live / 1048576.0:F1}");
    }

    /// <summary>tasks_per_s counts the tasks with a definite outcome (added, existed, failed).</summary>
    public string SummaryLine()
    {
        double seconds = Elapsed.TotalSeconds;
        long total = Added + Existed + Failed;
        double rate = seconds > 0 ? total / seconds : 0;
        using var self = Process.GetCurrentProcess();
        double peakMb = self.PeakWorkingSet64 / (1024.0 * 1024.0);
        return string.Create(CultureInfo.InvariantCulture,
            $"added={Added} existed={Existed} failed={Failed} seconds={seconds:F2} tasks_per_s={rate:F0} client_cpu_s={ClientCpu.TotalSeconds:F2} peak_mb={peakMb:F1} not_submitted={NotSubmitted} unknown={Unknown} requests={Requests} throttled={Throttled} lookups={Lookups}");
    }
}
