using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Client;

/// <summary>
/// One check of a job being waited for: its task counts and state, whether what is waited for has
/// happened, and why the job cannot make progress when it cannot.
/// </summary>
internal sealed class JobWatch
{
    private static readonly string[] JobFields = { "id", "state", "onAllTasksComplete", "jobManagerTask", "jobPreparationTask" };
    private static readonly string[] PreparationFields = { "nodeId", "jobPreparationTaskExecutionInfo" };

    private readonly BatchClient _client;
    private readonly string _jobId;
    private readonly bool _untilCompleted;
    private readonly List<string> _warnings = new();

    public JobWatch(BatchClient client, string jobId, bool untilCompleted)
    {
        _client = client;
        _jobId = jobId;
        _untilCompleted = untilCompleted;
    }

    /// <summary>Reads the job: what was seen, and whether what is waited for has happened.</summary>
    public async Task<(BatchJobWaitResult Seen, bool Done)> CheckAsync(CancellationToken cancellationToken)
    {
        // The job before its counts: counts read after a completed state include every task it completed.
        var job = (await _client.GetJobAsync(_jobId, JobFields, cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
        var counts = (await _client.GetJobTaskCountsAsync(_jobId, cancellationToken: cancellationToken).ConfigureAwait(false)).Value.TaskCounts ?? new BatchTaskCounts();
        var done = IsDone(job, counts);
        if (!done) await FindProblemsAsync(job, counts, cancellationToken).ConfigureAwait(false);
        return (new BatchJobWaitResult { JobId = _jobId, State = job.State, TaskCounts = counts, Warnings = _warnings.ToList() }, done);
    }

    private bool IsDone(BatchJob job, BatchTaskCounts counts)
    {
        if (job.State == BatchJobState.Completed) return true;
        if (_untilCompleted) return false;
        // A job manager task is a task of the job once the service has added it; until then nothing has started.
        var managerNotAddedYet = job.JobManagerTask is not null && Total(counts) == 0;
        return Active(counts) == 0 && (counts.Running ?? 0) == 0 && !managerNotAddedYet;
    }

    private async Task FindProblemsAsync(BatchJob job, BatchTaskCounts counts, CancellationToken cancellationToken)
    {
        if ((job.State == BatchJobState.Disabled || job.State == BatchJobState.Disabling) && Active(counts) > 0)
            Warn($"Job '{_jobId}' is {job.State}: none of its active tasks ({Active(counts)}) starts until it is enabled.");

        if (job.JobPreparationTask is { WaitForSuccess: not false } && Active(counts) > 0 && (counts.Running ?? 0) == 0)
        {
            var listing = new BatchListOptions { Select = PreparationFields };
            await foreach (var node in _client.GetJobPreparationAndReleaseTaskStatusesAsync(_jobId, listing, cancellationToken).ConfigureAwait(false))
            {
                var preparation = node.JobPreparationTaskExecutionInfo;
                if (preparation?.State == BatchJobPreparationTaskState.Completed && preparation.Result == BatchTaskExecutionResult.Failure)
                {
                    Warn(string.Format(CultureInfo.InvariantCulture,
                        "The job preparation task of job '{0}' failed on node '{1}' (exit code {2}): no task of the job starts on that node.",
                        _jobId, node.NodeId, preparation.ExitCode));
                }
            }
        }

        if (_untilCompleted && job.State == BatchJobState.Active && Active(counts) == 0 && (counts.Running ?? 0) == 0
            && job.JobManagerTask is null && job.OnAllTasksComplete != BatchAllTasksCompleteMode.TerminateJob)
        {
            Warn($"Job '{_jobId}' has no active or running tasks, and it completes only when terminated: its onAllTasksComplete is noaction and it has no job manager task.");
        }
    }

    private void Warn(string warning)
    {
        if (!_warnings.Contains(warning)) _warnings.Add(warning);
    }

    private static int Active(BatchTaskCounts counts) => counts.Active ?? 0;

    private static int Total(BatchTaskCounts counts) => (counts.Active ?? 0) + (counts.Running ?? 0) + (counts.Completed ?? 0);
}
