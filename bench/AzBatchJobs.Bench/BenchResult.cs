using System.Diagnostics;
using System.Globalization;

namespace AzBatchJobs.Bench;

/// <summary>What one run counted, and its summary line.</summary>
internal sealed class BenchResult
{
    public long Added;
    public long Existed;
    public long Failed;

    public TimeSpan Elapsed { get; set; }

    public string SummaryLine()
    {
        double seconds = Elapsed.TotalSeconds;
        long total = Added + Existed + Failed;
        double rate = seconds > 0 ? total / seconds : 0;
        using var self = Process.GetCurrentProcess();
        double peakMb = self.PeakWorkingSet64 / (1024.0 * 1024.0);
        return string.Create(CultureInfo.InvariantCulture,
            $"added={Added} existed={Existed} failed={Failed} seconds={seconds:F2} tasks_per_s={rate:F0} peak_mb={peakMb:F1}");
    }
}
