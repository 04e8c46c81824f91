using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using AzBatchJobs.Client.Definitions;
using AzBatchJobs.Client.Models;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Bench;

/// <summary>
/// read-tasks [--count N] [--runs R]: reading a JSON Lines file of tasks the way Add-BatchTaskCollection
/// -JsonFile does (BatchDefinitionJson.ReadTasks: strict, checked, streamed), against a floor measured in the
/// same run: File.ReadLines + a lenient JsonSerializer.Deserialize of each line (no checks, no error paths).
/// Time: the median of R runs of each, alternating. Memory: the largest live managed heap (after a full
/// collection every 10,000 tasks) while reading N/10 and N tasks, against the live heap before reading.
/// No emulator is needed.
/// </summary>
internal static class ReadTasksBench
{
    private const int SampleEvery = 10_000;

    public static int Run(IReadOnlyList<string> args)
    {
        var count = Option(args, "--count", 1_000_000);
        var runs = Option(args, "--runs", 5);
        var folder = Directory.CreateTempSubdirectory("azbj-read-bench-").FullName;
        try
        {
            var large = Write(Path.Combine(folder, "large.jsonl"), count);
            var small = Write(Path.Combine(folder, "small.jsonl"), count / 10);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"read-tasks: {count} tasks ({new FileInfo(large).Length / 1048576.0:F1} MB of JSON Lines), {runs} runs each"));

            var strictSeconds = new List<double>();
            var floorSeconds = new List<double>();
            for (var run = 0; run < runs; run++)
            {
                strictSeconds.Add(Time(() => ReadStrict(large, null)));
                floorSeconds.Add(Time(() => ReadFloor(large, null)));
            }
            var strict = Median(strictSeconds);
            var floor = Median(floorSeconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"time: strict_median_s={strict:F2} ({count / strict:F0} tasks/s) floor_median_s={floor:F2} ({count / floor:F0} tasks/s) strict/floor={strict / floor:F2}"));

            var baseline = GC.GetTotalMemory(forceFullCollection: true);
            var strictSmall = PeakLive(path => ReadStrict(path, SampleLive), small);
            var strictLarge = PeakLive(path => ReadStrict(path, SampleLive), large);
            var floorLarge = PeakLive(path => ReadFloor(path, SampleLive), large);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"memory: baseline_live_mb={Mb(baseline)} strict_peak_live_mb {count / 10}={Mb(strictSmall)} {count}={Mb(strictLarge)} ratio={strictLarge / (double)strictSmall:F2} floor_peak_live_mb {count}={Mb(floorLarge)}"));
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static long _peak;

    private static void SampleLive() => _peak = Math.Max(_peak, GC.GetTotalMemory(forceFullCollection: true));

    private static long PeakLive(Action<string> read, string path)
    {
        _peak = GC.GetTotalMemory(forceFullCollection: true);
        read(path);
        return _peak;
    }

    private static long ReadStrict(string path, Action? sample)
    {
        long read = 0;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        foreach (var item in BatchDefinitionJson.ReadTasks(stream, "large.jsonl"))
        {
            if (item.Value is null) throw new InvalidOperationException(item.Error!.Message);
            if (++read % SampleEvery == 0) sample?.Invoke();
        }
        return read;
    }

    private static long ReadFloor(string path, Action? sample)
    {
        long read = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (JsonSerializer.Deserialize<BatchTaskCreateOptions>(line, BatchJson.Options) is null) throw new InvalidOperationException();
            if (++read % SampleEvery == 0) sample?.Invoke();
        }
        return read;
    }

    private static string Write(string path, int count)
    {
        using var writer = new StreamWriter(path);
        for (var i = 0; i < count; i++)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $$"""{"id":"task-{{i:D7}}","commandLine":"/bin/sh -c 'render.sh {{i}}'","constraints":{"maxTaskRetryCount":2,"maxWallClockTime":"PT1H"},"environmentSettings":[{"name":"FRAME","value":"{{i}}"}],"resourceFiles":[{"httpUrl":"https://example.blob.core.windows.net/in/{{i}}.dat","filePath":"in.dat"}]}"""));
            writer.Write('\n');
        }
        return path;
    }

    private static double Time(Func<long> read)
    {
        var clock = Stopwatch.StartNew();
        read();
        return clock.Elapsed.TotalSeconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("F1", CultureInfo.InvariantCulture);

    private static int Option(IReadOnlyList<string> args, string name, int fallback)
    {
        for (var i = 1; i < args.Count - 1; i++)
        {
            if (args[i] == name) return int.Parse(args[i + 1], CultureInfo.InvariantCulture);
        }
        return fallback;
    }
}
