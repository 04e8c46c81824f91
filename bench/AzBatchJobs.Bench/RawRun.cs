using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AzBatchJobs.Client;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Bench;

/// <summary>The floor: the same tasks, serialized into request bodies before the clock starts, posted
/// with a bare HttpClient at the same parallelism, answers counted. No retries, no checks.</summary>
internal static class RawRun
{
    private const string ContentType = "application/json; odata=minimalmetadata";

    public static async Task<BenchResult> RunAsync(BenchConnection connection, BenchArguments arguments)
    {
        var bodies = Serialize(arguments.Count);
        var signer = new RawSharedKey(connection.Account, connection.Key);
        string path = "/jobs/" + Uri.EscapeDataString(arguments.JobId) + "/addtaskcollection";
        var uri = new Uri(connection.Endpoint, path + "?api-version=" + BatchApiVersion.Current);
        using var http = new HttpClient();
        var result = new BenchResult();
        int next = -1;

        async Task WorkerAsync()
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < bodies.Count)
            {
                byte[] body = bodies[index];
                string ocpDate = DateTimeOffset.UtcNow.ToString("R", CultureInfo.InvariantCulture);
                using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(ContentType);
                request.Headers.TryAddWithoutValidation("ocp-date", ocpDate);
                request.Headers.TryAddWithoutValidation("Authorization", signer.Authorization(ContentType, body.Length, ocpDate, path, BatchApiVersion.Current));
                using var response = await http.SendAsync(request);
                byte[] answer = await response.Content.ReadAsByteArrayAsync();
                Count(result, response.IsSuccessStatusCode ? answer : null, TaskCount(body));
            }
        }

        var cpuAtStart = BenchResult.ProcessCpu();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, arguments.Parallel).Select(_ => Task.Run(WorkerAsync)));
        result.Elapsed = clock.Elapsed;
        result.ClientCpu = BenchResult.ProcessCpu() - cpuAtStart;
        return result;
    }

    private static List<byte[]> Serialize(int count)
    {
        var bodies = new List<byte[]>();
        var batch = new List<byte[]>();
        foreach (var task in BenchTasks.Generate(count))
        {
            batch.Add(JsonSerializer.SerializeToUtf8Bytes(task, BatchJson.Options));
            if (batch.Count == 100)
            {
                bodies.Add(Envelope(batch));
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            bodies.Add(Envelope(batch));
        }

        return bodies;
    }

    private static byte[] Envelope(List<byte[]> tasks)
    {
        using var body = new MemoryStream();
        body.Write("{\"value\":["u8);
        for (int i = 0; i < tasks.Count; i++)
        {
            if (i > 0)
            {
                body.WriteByte((byte)',');
            }

            body.Write(tasks[i]);
        }

        body.Write("]}"u8);
        return body.ToArray();
    }

    private static int TaskCount(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("value").GetArrayLength();
    }

    private static void Count(BenchResult result, byte[]? answer, int sent)
    {
        if (answer is null)
        {
            Interlocked.Add(ref result.Failed, sent);
            return;
        }

        using var document = JsonDocument.Parse(answer);
        foreach (var item in document.RootElement.GetProperty("value").EnumerateArray())
        {
            string? status = item.GetProperty("status").GetString();
            bool exists = item.TryGetProperty("error", out var error) && error.TryGetProperty("code", out var code) && code.GetString() == "TaskExists";
            if (status == "success")
            {
                Interlocked.Increment(ref result.Added);
            }
            else if (exists)
            {
                Interlocked.Increment(ref result.Existed);
            }
            else
            {
                Interlocked.Increment(ref result.Failed);
            }
        }
    }
}
