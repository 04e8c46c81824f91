using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace AzBatchJobs.Client.Bulk;

/// <summary>Runs bulk submissions over a sender and yields their outcomes on the consumer's thread,
/// reporting progress there too.</summary>
internal sealed class BulkTaskEngine
{
    private readonly ITaskCollectionSender sender;
    private readonly BatchTaskSubmitOptions options;
    private readonly int maxTasksPerRequest;
    private readonly int maxBodyBytes;

    public BulkTaskEngine(ITaskCollectionSender sender, BatchTaskSubmitOptions options,
        int maxTasksPerRequest = RequestPacker.ServiceMaxTasks, int maxBodyBytes = RequestPacker.ServiceMaxBodyBytes)
    {
        options.Validate();
        this.sender = sender;
        this.options = options;
        this.maxTasksPerRequest = maxTasksPerRequest;
        this.maxBodyBytes = maxBodyBytes;
    }

    /// <summary>Submits the input; yields one outcome per task read. After cancellation it still yields
    /// the outcomes (Unknown, NotSubmitted, ...) of every task read, then throws OperationCanceledException.</summary>
    public async IAsyncEnumerable<BatchTaskSubmitOutcome> RunAsync(string jobId, IAsyncEnumerable<TaskPayload> input, long? total,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var lastProgress = clock.Elapsed;
        using var submission = new BulkSubmission(sender, jobId, options, new RequestPacker(maxTasksPerRequest, maxBodyBytes), total, cancellationToken);
        var running = Task.Run(() => submission.RunAsync(input));
        try
        {
            while (true)
            {
                var (ok, outcome) = await submission.Outcomes.TakeAsync().ConfigureAwait(false);
                if (!ok)
                {
                    break;
                }

                // Counted as delivered, so progress agrees with the outcomes the consumer has seen.
                submission.Counters.Count(outcome.Status);

                if (options.Progress != null && clock.Elapsed - lastProgress >= options.ProgressInterval)
                {
                    lastProgress = clock.Elapsed;
                    options.Progress.Report(submission.Counters.Snapshot(total, clock.Elapsed));
                }

                yield return outcome;
            }

            await running.ConfigureAwait(false);
            options.Progress?.Report(submission.Counters.Snapshot(total, clock.Elapsed));
            cancellationToken.ThrowIfCancellationRequested();
        }
        finally
        {
            if (!running.IsCompleted)
            {
                submission.Abort();
                try
                {
                    await running.ConfigureAwait(false);
                }
                catch
                {
                    // The consumer stopped early; what the workers were doing no longer matters to it.
                }
            }
        }
    }
}
