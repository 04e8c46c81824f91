using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace AzBatchJobs.Client.Bulk;

internal sealed partial class BulkSubmission
{
    /// <summary>
    /// Settles tasks an earlier request of ours may have added: one listing of the job's tasks by id
    /// ($select=id,creationTime) per group of ids (see TaskIdFilter), so the cost is per request, not per
    /// task. A task found is reported Added or AlreadyExisted by its creationTime; when the lookup fails
    /// it is reported Unknown. Returns the tasks that are not in the job. With confirmMissing (the service
    /// said they exist), a task the listing does not show is looked up by a GET first, which also covers a
    /// service that compares ids in $filter by case.
    /// </summary>
    private async Task<List<PendingTask>> SettleAsync(List<PendingTask> tasks, bool confirmMissing, Func<PendingTask, string, string> unknownMessage)
    {
        var notListed = new List<PendingTask>();
        foreach (var chunk in TaskIdFilter.Chunks(tasks))
        {
            var ids = TaskIdFilter.Ids(chunk);
            var answer = await QueryAsync(token => sender.ListTasksAsync(jobId, ids, token)).ConfigureAwait(false);
            foreach (var task in chunk)
            {
                if (!await ReportIfSettledAsync(task, answer, unknownMessage).ConfigureAwait(false))
                {
                    notListed.Add(task);
                }
            }
        }

        if (!confirmMissing)
        {
            return notListed;
        }

        var missing = new List<PendingTask>();
        foreach (var task in notListed)
        {
            var answer = await QueryAsync(token => sender.GetTaskAsync(jobId, task.Id, token)).ConfigureAwait(false);
            if (!await ReportIfSettledAsync(task, answer, unknownMessage).ConfigureAwait(false))
            {
                missing.Add(task);
            }
        }

        return missing;
    }

    /// <summary>Reports the task from the lookup's answer (found: Added or AlreadyExisted; no answer:
    /// Unknown); false when the answer says the task is not in the job.</summary>
    private async Task<bool> ReportIfSettledAsync(PendingTask task, TaskQueryResult answer, Func<PendingTask, string, string> unknownMessage)
    {
        if (!answer.Answered)
        {
            await ReportAsync(task, BatchTaskSubmitStatus.Unknown, task.LastErrorCode, unknownMessage(task, answer.ErrorMessage ?? "no answer"))
                .ConfigureAwait(false);
            return true;
        }

        if (!answer.Found.TryGetValue(task.Id, out var created))
        {
            return false;
        }

        await ReportFoundAsync(task, created, unknownMessage).ConfigureAwait(false);
        return true;
    }

    /// <summary>Runs a lookup, retrying what may be retried, within the concurrency limit. Ends early,
    /// unanswered, when the service is found unreachable.</summary>
    private async Task<TaskQueryResult> QueryAsync(Func<CancellationToken, Task<TaskQueryResult>> query)
    {
        for (int attempt = 1; ; attempt++)
        {
            TaskQueryResult? result = null;
            try
            {
                var lease = await limiter.AcquireAsync(lookupsEnd.Token).ConfigureAwait(false);
                try
                {
                    stop.Token.ThrowIfCancellationRequested();
                    result = await query(stop.Token).ConfigureAwait(false);
                }
                finally
                {
                    limiter.Complete(lease, result is null ? AttemptSignal.Neutral : AttemptSignals.FromStatus(result.Status), result?.RetryAfter);
                }

                ObserveReachability(result.Status, result.ErrorMessage);
                clockOffset.Observe(result.ServiceTime, DateTimeOffset.UtcNow);
                if (result.Answered || !result.Retriable || attempt > options.MaxRetries)
                {
                    return result;
                }

                var wait = result.RetryAfter is TimeSpan retryAfter ? delays.AfterRetryAfter(retryAfter) : delays.AfterRequestFailure(attempt);
                await Task.Delay(wait, lookupsEnd.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (reachability.IsOpen && !stop.IsCancellationRequested)
            {
                return TaskQueryResult.Failed(0, reachability.Reason, retriable: false);
            }
        }
    }

    /// <summary>Reports tasks whose retries are spent: Failed when nothing may have been added, else after
    /// a lookup (Added, AlreadyExisted, Failed when not in the job, Unknown when the lookup failed).</summary>
    private async Task GiveUpAsync(List<PendingTask> tasks)
    {
        var lookups = new List<PendingTask>();
        foreach (var task in tasks)
        {
            if (task.MayHaveBeenAdded)
            {
                lookups.Add(task);
            }
            else
            {
                await ReportAsync(task, BatchTaskSubmitStatus.Failed, task.LastErrorCode, GaveUp(task)).ConfigureAwait(false);
            }
        }

        if (lookups.Count == 0)
        {
            return;
        }

        var notInJob = await SettleAsync(lookups, confirmMissing: false,
            (task, why) => GaveUp(task) + "; the service may hold the task, and looking it up failed: " + why).ConfigureAwait(false);
        foreach (var task in notInJob)
        {
            await ReportAsync(task, BatchTaskSubmitStatus.Failed, task.LastErrorCode, GaveUp(task)).ConfigureAwait(false);
        }
    }

    /// <summary>Reports the tasks Failed with a request-level error; a task an earlier request may have
    /// added is looked up first, so its outcome stays true.</summary>
    private async Task FailAsync(List<PendingTask> tasks, CollectionSendResult error)
    {
        var lookups = new List<PendingTask>();
        foreach (var task in tasks)
        {
            if (task.MayHaveBeenAdded)
            {
                Remember(task, error.ErrorCode, error.ErrorMessage, mayHaveBeenAdded: true);
                lookups.Add(task);
            }
            else
            {
                await ReportAsync(task, BatchTaskSubmitStatus.Failed, error.ErrorCode, error.ErrorMessage).ConfigureAwait(false);
            }
        }

        if (lookups.Count > 0)
        {
            await GiveUpAsync(lookups).ConfigureAwait(false);
        }
    }

    /// <summary>The lookup found the task: Added when this submission created it, else AlreadyExisted.</summary>
    private Task ReportFoundAsync(PendingTask task, DateTimeOffset? created, Func<PendingTask, string, string> unknownMessage)
    {
        if (created is not DateTimeOffset creationTime)
        {
            return ReportAsync(task, BatchTaskSubmitStatus.Unknown, task.LastErrorCode, unknownMessage(task, "the task has no creationTime."));
        }

        bool ours = AddedBySubmissionRule.WasAddedBySubmission(task.FirstSentAt!.Value, creationTime, clockOffset.LowerBound);
        return ReportAsync(task, ours ? BatchTaskSubmitStatus.Added : BatchTaskSubmitStatus.AlreadyExisted, null, null);
    }

    private static string GaveUp(PendingTask task) => $"{task.LastErrorMessage} (gave up after {task.Attempts} attempts)";
}
