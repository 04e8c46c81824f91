using System.Diagnostics;
using AzBatchJobs.Client;
using AzBatchJobs.Client.Bulk;

namespace AzBatchJobs.Bench;

/// <summary>Submits the tasks through the bulk engine (BatchClient.AddTasksAsync).</summary>
internal static class EngineRun
{
    /// <summary>Outcomes other than Added printed (the first ones), to tell why.</summary>
    private const int ShownOutcomes = 5;

    /// <summary>Runs the submission; <paramref name="statuses"/>, when given, receives each task's outcome by input position.</summary>
    public static async Task<BenchResult> RunAsync(BatchClient client, BenchArguments arguments, BatchTaskSubmitStatus[]? statuses, Action started)
    {
        var result = new BenchResult();
        var options = new BatchTaskSubmitOptions { MaxParallelRequests = arguments.Parallel, ExpectedCount = arguments.Count };
        int shown = 0;
        started();
        var cpuAtStart = BenchResult.ProcessCpu();
        var clock = Stopwatch.StartNew();
        try
        {
            await foreach (var outcome in client.AddTasksAsync(arguments.JobId, BenchTasks.Generate(arguments.Count), options))
            {
                Count(result, outcome.Status);
                if (outcome.Status != BatchTaskSubmitStatus.Added && shown++ < ShownOutcomes)
                {
                    Console.WriteLine($"outcome: {outcome}");
                }

                if (statuses != null)
                {
                    statuses[outcome.InputIndex] = outcome.Status;
                }
            }
        }
        catch (BatchServiceUnreachableException unreachable)
        {
            Console.WriteLine($"error: {unreachable.ErrorCode}: {unreachable.Message}");
        }

        result.Elapsed = clock.Elapsed;
        result.ClientCpu = BenchResult.ProcessCpu() - cpuAtStart;
        return result;
    }

    private static void Count(BenchResult result, BatchTaskSubmitStatus status)
    {
        switch (status)
        {
            case BatchTaskSubmitStatus.Added:
                result.Added++;
                break;
            case BatchTaskSubmitStatus.AlreadyExisted:
                result.Existed++;
                break;
            case BatchTaskSubmitStatus.Failed:
                result.Failed++;
                break;
            case BatchTaskSubmitStatus.NotSubmitted:
                result.NotSubmitted++;
                break;
            default:
                result.Unknown++;
                break;
        }
    }
}
