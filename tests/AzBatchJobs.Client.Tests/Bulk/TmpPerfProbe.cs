using System.Diagnostics;
using System.Text.Json;
using AzBatchJobs.Client.Bulk;
using AzBatchJobs.Client.Models;
using Xunit.Abstractions;

namespace AzBatchJobs.Client.Tests.Bulk;

public class TmpPerfProbe(ITestOutputHelper output)
{
    private sealed class InstantSender : ITaskCollectionSender
    {
        public Task<CollectionSendResult> SendAsync(string jobId, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
        {
            using var doc = JsonDocument.Parse(body);
            var results = new List<TaskAddItemResult>();
            foreach (var t in doc.RootElement.GetProperty("value").EnumerateArray())
            {
                results.Add(new TaskAddItemResult(t.GetProperty("id").GetString()!, TaskAddItemStatus.Success));
            }
            return Task.FromResult(CollectionSendResult.Completed(results, false));
        }

        public Task<TaskLookupResult> LookupTaskAsync(string jobId, string taskId, CancellationToken cancellationToken) => throw new NotImplementedException();
    }

    [Fact]
    public async Task ProbeHttp()
    {
        var key = File.ReadAllLines("/tmp/emu.out").First(l => l.StartsWith("AZURE_BATCH_ACCESS_KEY=")).Substring("AZURE_BATCH_ACCESS_KEY=".Length);
        var client = new BatchClient(BatchConnection.SharedKey(new Uri("http://127.0.0.1:10177"), "localbatch", key));
        try { await client.CreateJobAsync(new BatchJobCreateOptions { Id = "probe", PoolInfo = new BatchPoolInfo { PoolId = "p" } }); } catch (BatchServiceException) { }
        for (int round = 0; round < 4; round++)
        {
            var bodies = Enumerable.Range(0, 300).Select(b => System.Text.Encoding.UTF8.GetBytes("{\"value\":[" + string.Join(",", Enumerable.Range(0, 100).Select(i => $"{{\"id\":\"r{round}-{b}-{i}\",\"commandLine\":\"echo\"}}")) + "]}")).ToList();
            var clock = Stopwatch.StartNew();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            foreach (var body in bodies)
            {
                using var m = await client.SendTaskCollectionBodyAsync("probe", body, default);
                if (m.Response.Status != 200) throw new Exception(m.Response.Status.ToString());
            }
            output.WriteLine($"pipeline send 300: {clock.Elapsed.TotalSeconds:F2}s cpu {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F2}");
        }
    }

    [Fact]
    public async Task Probe()
    {
        for (int round = 0; round < 3; round++)
        {
            var gen = Enumerable.Range(0, 100_000).Select(i => new BatchTaskCreateOptions { Id = "task-" + i.ToString("D7"), CommandLine = "/bin/sh -c 'echo task " + i + "'" });
            var clock = Stopwatch.StartNew();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            int n = 0;
            await foreach (var o in new BatchTaskSubmitter(new InstantSender(), null).SubmitAsync("j", gen)) n++;
            output.WriteLine($"engine+instant: {n} in {clock.Elapsed.TotalSeconds:F2}s cpu {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F2}");

            clock.Restart();
            cpu = Process.GetCurrentProcess().TotalProcessorTime;
            long bytes = 0;
            foreach (var t in gen) bytes += JsonSerializer.SerializeToUtf8Bytes(t, AzBatchJobs.Client.Serialization.BatchJson.Options).Length;
            output.WriteLine($"serialize only: {clock.Elapsed.TotalSeconds:F2}s cpu {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F2}");

            var sample = "{\"value\":[" + string.Join(",", Enumerable.Range(0, 100).Select(i => $"{{\"status\":\"success\",\"taskId\":\"task-{i:D7}\",\"eTag\":\"0x8DC1234567890AB\",\"lastModified\":\"2026-11-21T23:00:00.1234567Z\",\"location\":\"http://127.0.0.1:10177/jobs/j/tasks/task-{i:D7}\"}}")) + "]}";
            var sampleBytes = System.Text.Encoding.UTF8.GetBytes(sample);
            clock.Restart();
            for (int i = 0; i < 1000; i++) JsonSerializer.Deserialize<BatchTaskAddCollectionResult>(sampleBytes, AzBatchJobs.Client.Serialization.BatchJson.Options);
            output.WriteLine($"parse 1000 responses: {clock.Elapsed.TotalSeconds:F2}s");
        }
    }
}
