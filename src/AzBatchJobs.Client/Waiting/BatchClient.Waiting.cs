using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Client;

public partial class BatchClient
{
    /// <summary>
    /// Polls the tasks until every one has completed or the timeout has passed, and returns the last read of each
    /// (in the order given, repeats removed); a task not completed then is one the timeout caught.
    /// <paramref name="progress"/> receives those reads after every round.
    /// </summary>
    public virtual async Task<IReadOnlyList<BatchTask>> WaitForTasksAsync(IEnumerable<(string JobId, string TaskId)> tasks, BatchWaitOptions? options = null,
        IProgress<IReadOnlyList<BatchTask>>? progress = null, CancellationToken cancellationToken = default)
    {
        if (tasks is null) throw new ArgumentNullException(nameof(tasks));
        options ??= new BatchWaitOptions();
        options.Validate();
        var keys = tasks.Distinct().ToList();
        var latest = new BatchTask[keys.Count];
        var (last, _) = await PollAsync(async token =>
        {
            for (var i = 0; i < keys.Count; i++)
            {
                if (latest[i]?.State == BatchTaskState.Completed) continue;
                latest[i] = (await GetTaskAsync(keys[i].JobId, keys[i].TaskId, cancellationToken: token).ConfigureAwait(false)).Value;
            }
            IReadOnlyList<BatchTask> read = latest.ToArray();
            progress?.Report(read);
            return read;
        }, read => read.All(t => t.State == BatchTaskState.Completed), options, cancellationToken).ConfigureAwait(false);
        return last;
    }

    /// <summary>
    /// Polls the job's task counts until none of its tasks is active or running, or the timeout has passed, then reads
    /// the job's state. <paramref name="progress"/> receives the counts of every check.
    /// </summary>
    public virtual async Task<BatchJobWaitResult> WaitForJobTasksAsync(string jobId, BatchWaitOptions? options = null,
        IProgress<BatchTaskCounts>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= new BatchWaitOptions();
        options.Validate();
        var started = Stopwatch.StartNew();
        var (counts, done) = await PollAsync(async token =>
        {
            var read = (await GetJobTaskCountsAsync(jobId, cancellationToken: token).ConfigureAwait(false)).Value.TaskCounts ?? new BatchTaskCounts();
            progress?.Report(read);
            return read;
        }, c => (c.Active ?? 0) == 0 && (c.Running ?? 0) == 0, options, cancellationToken).ConfigureAwait(false);
        var job = (await GetJobAsync(jobId, new[] { "id", "state" }, cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
        return new BatchJobWaitResult { JobId = jobId, State = job.State, TaskCounts = counts, TasksCompleted = done, Elapsed = started.Elapsed };
    }

    private static async Task<(T Last, bool Done)> PollAsync<T>(Func<CancellationToken, Task<T>> read, Func<T, bool> isDone, BatchWaitOptions options, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        while (true)
        {
            var value = await read(cancellationToken).ConfigureAwait(false);
            if (isDone(value)) return (value, true);
            var left = options.Timeout - started.Elapsed;
            if (left <= TimeSpan.Zero) return (value, false);
            await Task.Delay(left < options.PollInterval ? left.Value : options.PollInterval, cancellationToken).ConfigureAwait(false);
        }
    }
}
