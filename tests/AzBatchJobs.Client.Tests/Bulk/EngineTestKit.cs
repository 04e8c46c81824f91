using System.Text;
using AzBatchJobs.Client.Bulk;

namespace AzBatchJobs.Client.Tests.Bulk;

/// <summary>Inputs and runners shared by the engine's unit tests.</summary>
internal static class EngineTestKit
{
    public static TaskPayload Payload(string id, int padding = 0) =>
        new(id, Encoding.UTF8.GetBytes($"{{\"id\":\"{id}\",\"commandLine\":\"echo {new string('x', padding)}\"}}"));

    public static IEnumerable<TaskPayload> Tasks(int count, string prefix = "task-")
    {
        for (int i = 0; i < count; i++)
        {
            yield return Payload(prefix + i.ToString("D6"));
        }
    }

    /// <summary>Tiny backoff so retries do not slow the tests.</summary>
    public static BatchTaskSubmitOptions Fast(int parallel = 4, int maxRetries = 5) => new()
    {
        MaxParallelRequests = parallel,
        MaxRetries = maxRetries,
        InitialRetryDelay = TimeSpan.FromMilliseconds(1),
        MaxRetryDelay = TimeSpan.FromMilliseconds(4),
    };

    public static async Task<List<BatchTaskSubmitOutcome>> RunAsync(ITaskCollectionSender fake, IEnumerable<TaskPayload> input,
        BatchTaskSubmitOptions? options = null, int maxBodyBytes = RequestPacker.ServiceMaxBodyBytes, long? total = null,
        CancellationToken cancellationToken = default)
    {
        var engine = new BulkTaskEngine(fake, options ?? Fast(), RequestPacker.ServiceMaxTasks, maxBodyBytes);
        var outcomes = new List<BatchTaskSubmitOutcome>();
        await foreach (var outcome in engine.RunAsync("job-1", AsyncSequence.From(input), total, cancellationToken))
        {
            outcomes.Add(outcome);
        }

        return outcomes;
    }

    /// <summary>Runs to the end, keeping the outcomes yielded before an exception, and the exception.</summary>
    public static async Task<(List<BatchTaskSubmitOutcome> Outcomes, Exception? Error)> RunCatchingAsync(ITaskCollectionSender sender,
        IEnumerable<TaskPayload> input, BatchTaskSubmitOptions options)
    {
        var engine = new BulkTaskEngine(sender, options);
        var outcomes = new List<BatchTaskSubmitOutcome>();
        try
        {
            await foreach (var outcome in engine.RunAsync("job-1", AsyncSequence.From(input), null))
            {
                outcomes.Add(outcome);
            }
        }
        catch (Exception error)
        {
            return (outcomes, error);
        }

        return (outcomes, null);
    }

    /// <summary>Asserts that the outcomes cover input positions 0..count-1, each exactly once.</summary>
    public static void AssertEveryInputOnce(IReadOnlyCollection<BatchTaskSubmitOutcome> outcomes, int count)
    {
        Assert.Equal(Enumerable.Range(0, count).Select(i => (long)i), outcomes.Select(o => o.InputIndex).OrderBy(i => i));
    }

    public static Dictionary<string, BatchTaskSubmitOutcome> ById(IEnumerable<BatchTaskSubmitOutcome> outcomes) =>
        outcomes.ToDictionary(o => o.TaskId, StringComparer.OrdinalIgnoreCase);
}
