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
    /// Polls the tasks until every one has completed or the timeout has passed, then reads them once more in full.
    /// Each check costs about one request per 1000 tasks of a job (see <see cref="JobTaskReader"/>).
    /// <paramref name="progress"/> receives how many have completed after every check.
    /// </summary>
    public virtual async Task<BatchTasksWaitResult> WaitForTasksAsync(IEnumerable<(string JobId, string TaskId)> tasks, BatchWaitOptions? options = null,
        IProgress<BatchTasksWaitProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (tasks is null) throw new ArgumentNullException(nameof(tasks));
        options ??= new BatchWaitOptions();
        options.Validate();
        var keys = tasks.ToList();
        foreach (var (jobId, taskId) in keys)
        {
            BatchInputValidator.ValidateId(jobId, "jobId");
            BatchInputValidator.ValidateId(taskId, "taskId");
        }
        var jobs = keys.GroupBy(k => k.JobId, StringComparer.OrdinalIgnoreCase)
            .Select(g => new JobTaskReader(this, g.Key, g.Select(k => k.TaskId))).ToList();
        var total = jobs.Sum(j => j.Total);
        var done = await PollAsync(async token =>
        {
            foreach (var job in jobs) await job.PollAsync(token).ConfigureAwait(false);
            var pending = jobs.Sum(j => j.Pending);
            progress?.Report(new BatchTasksWaitProgress(total - pending, total));
            return pending == 0;
        }, options, cancellationToken).ConfigureAwait(false);

        var read = new List<BatchTask>();
        var notFound = new List<(string, string)>();
        foreach (var job in jobs)
        {
            var missing = new List<string>();
            read.AddRange(await job.ReadAsync(missing, cancellationToken).ConfigureAwait(false));
            notFound.AddRange(missing.Select(id => (job.JobId, id)));
        }
        return new BatchTasksWaitResult(read, notFound, timedOut: !done);
    }

    /// <summary>
    /// Polls the job until none of its tasks is active or running (and a job manager task, if it has one, has been
    /// added), or the job has completed, or the timeout has passed. <paramref name="progress"/> receives every check.
    /// </summary>
    public virtual Task<BatchJobWaitResult> WaitForJobTasksAsync(string jobId, BatchWaitOptions? options = null,
        IProgress<BatchJobWaitResult>? progress = null, CancellationToken cancellationToken = default) =>
        WaitForJobAsync(jobId, untilCompleted: false, options, progress, cancellationToken);

    /// <summary>Polls the job until it has completed or the timeout has passed. <paramref name="progress"/> receives every check.</summary>
    public virtual Task<BatchJobWaitResult> WaitForJobCompletionAsync(string jobId, BatchWaitOptions? options = null,
        IProgress<BatchJobWaitResult>? progress = null, CancellationToken cancellationToken = default) =>
        WaitForJobAsync(jobId, untilCompleted: true, options, progress, cancellationToken);

    private async Task<BatchJobWaitResult> WaitForJobAsync(string jobId, bool untilCompleted, BatchWaitOptions? options,
        IProgress<BatchJobWaitResult>? progress, CancellationToken cancellationToken)
    {
        BatchInputValidator.ValidateId(jobId, nameof(jobId));
        options ??= new BatchWaitOptions();
        options.Validate();
        var watch = new JobWatch(this, jobId, untilCompleted);
        var started = Stopwatch.StartNew();
        BatchJobWaitResult last = null!;
        var done = await PollAsync(async token =>
        {
            (last, var over) = await watch.CheckAsync(token).ConfigureAwait(false);
            last.Elapsed = started.Elapsed;
            progress?.Report(last);
            return over;
        }, options, cancellationToken).ConfigureAwait(false);
        last.TimedOut = !done;
        return last;
    }

    /// <summary>Runs <paramref name="check"/> every poll interval until it returns true (then true) or the timeout has passed (then false).</summary>
    private static async Task<bool> PollAsync(Func<CancellationToken, Task<bool>> check, BatchWaitOptions options, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        while (true)
        {
            if (await check(cancellationToken).ConfigureAwait(false)) return true;
            var left = options.Timeout - started.Elapsed;
            if (left <= TimeSpan.Zero) return false;
            await Task.Delay(left < options.PollInterval ? left.Value : options.PollInterval, cancellationToken).ConfigureAwait(false);
        }
    }
}
