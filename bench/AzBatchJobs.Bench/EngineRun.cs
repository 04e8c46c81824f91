using System.Diagnostics;
using AzBatchJobs.Client;
using AzBatchJobs.Client.Bulk;

namespace AzBatchJobs.Bench;

/// <summary>Submits the tasks through the bulk engine (BatchClient.AddTasksAsync).</summary>
internal static class EngineRun
{
    public static async Task<BenchResult> RunAsync(BatchClient client, BenchArguments arguments)
    {
        var result = new BenchResult();
        var options = new BatchTaskSubmitOptions { MaxParallelRequests = arguments.Parallel, ExpectedCount = arguments.Count };
        var clock = Stopwatch.StartNew();
        await foreach (var outcome in client.AddTasksAsync(arguments.JobId, BenchTasks.Generate(arguments.Count), options))
        {
            switch (outcome.Status)
            {
                case BatchTaskSubmitStatus.Added:
                    result.Added++;
                    break;
                case BatchTaskSubmitStatus.AlreadyExisted:
                    result.Existed++;
                    break;
                default:
                    result.Failed++;
                    break;
            }
        }

        result.Elapsed = clock.Elapsed;
        return result;
    }
}
