using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace AzBatchJobs.Client.Bulk;

internal sealed partial class BulkSubmission
{
    /// <summary>Sends one request (its lease taken) and decides the fate of each of its tasks.</summary>
    private async Task SendAndHandleAsync(List<PendingTask> tasks, RequestLease lease)
    {
        CollectionSendResult? result = null;
        try
        {
            if (fatal is CollectionSendResult stopped)
            {
                await FailAsync(tasks, stopped).ConfigureAwait(false);
                return;
            }

            var now = DateTimeOffset.UtcNow;
            foreach (var task in tasks)
            {
                task.Attempts++;
                task.FirstSentAt ??= now;
            }

            result = await SendAsync(tasks).ConfigureAwait(false);
        }
        finally
        {
            limiter.Complete(lease, result is null ? AttemptSignal.Neutral : AttemptSignals.FromStatus(result.Status), result?.RetryAfter);
        }

        ObserveReachability(result.Status, result.ErrorMessage);
        switch (result.Kind)
        {
            case CollectionSendKind.Completed:
                await HandleCompletedAsync(tasks, result).ConfigureAwait(false);
                break;

            case CollectionSendKind.Rejected:
                if (IsFatal(result.Status) && Interlocked.CompareExchange(ref fatal, result, null) == null)
                {
                    halt.Cancel();
                }

                await FailAsync(tasks, result).ConfigureAwait(false);
                break;

            case CollectionSendKind.TooLarge:
                await SplitAsync(tasks, result).ConfigureAwait(false);
                break;

            default:
                // Throttled and NotSent prove nothing was added; Unknown proves nothing.
                bool mayHaveBeenAdded = result.Kind == CollectionSendKind.Unknown;
                Remember(tasks, result.ErrorCode, result.ErrorMessage, mayHaveBeenAdded);
                await RetryLaterAsync(tasks, RequestRetryDelay(tasks, result.RetryAfter)).ConfigureAwait(false);
                break;
        }
    }

    private async Task<CollectionSendResult> SendAsync(List<PendingTask> tasks)
    {
        try
        {
            return await sender.SendAsync(jobId, RequestPacker.BuildBody(tasks), stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The request may have reached the service before we stopped waiting.
            Remember(tasks, BulkErrorCodes.Canceled, "The submission was cancelled while the request was in flight.", mayHaveBeenAdded: true);
            throw;
        }
        catch (Exception ex)
        {
            return CollectionSendResult.Unknown(0, ex.GetType().Name, ex.Message);
        }
    }

    private async Task HandleCompletedAsync(List<PendingTask> tasks, CollectionSendResult result)
    {
        var answeredAt = DateTimeOffset.UtcNow;
        foreach (var verdict in result.Results)
        {
            clockOffset.Observe(verdict.LastModified, answeredAt);
        }

        var verdicts = TaskVerdicts.Align(tasks, result.Results);
        var again = new List<PendingTask>();
        var existing = new List<PendingTask>();
        for (int position = 0; position < tasks.Count; position++)
        {
            var task = tasks[position];
            if (result.MayHaveBeenSentBefore)
            {
                task.MayHaveBeenAdded = true;
            }

            if (verdicts[position] is not TaskAddItemResult verdict)
            {
                Remember(task, BulkErrorCodes.MissingTaskResult, "The service's answer had no result for this task.", mayHaveBeenAdded: true);
                again.Add(task);
                continue;
            }

            switch (verdict.Status)
            {
                case TaskAddItemStatus.Success:
                    await ReportAsync(task, BatchTaskSubmitStatus.Added, null, null).ConfigureAwait(false);
                    break;

                case TaskAddItemStatus.ClientError when string.Equals(verdict.ErrorCode, BulkErrorCodes.TaskExists, StringComparison.OrdinalIgnoreCase):
                    if (task.MayHaveBeenAdded)
                    {
                        // An earlier copy of ours may be the one that exists: settled below, for all at once.
                        Remember(task, verdict.ErrorCode, verdict.ErrorMessage, mayHaveBeenAdded: true);
                        existing.Add(task);
                    }
                    else
                    {
                        await ReportAsync(task, BatchTaskSubmitStatus.AlreadyExisted, null, null).ConfigureAwait(false);
                    }

                    break;

                case TaskAddItemStatus.ClientError:
                    await ReportAsync(task, BatchTaskSubmitStatus.Failed, verdict.ErrorCode, verdict.ErrorMessage).ConfigureAwait(false);
                    break;

                default:
                    // A per-task server error gives no promise that nothing was stored.
                    Remember(task, verdict.ErrorCode, verdict.ErrorMessage, mayHaveBeenAdded: true);
                    again.Add(task);
                    break;
            }
        }

        if (existing.Count > 0)
        {
            // Tasks the service says exist but cannot show have gone again (deleted meanwhile): send them again.
            again.AddRange(await SettleAsync(existing, confirmMissing: true,
                (task, why) => "The task exists, but whether this submission added it could not be checked: " + why).ConfigureAwait(false));
        }

        if (again.Count > 0)
        {
            int failures = 0;
            foreach (var task in again)
            {
                failures = Math.Max(failures, ++task.TaskFailures);
            }

            await RetryLaterAsync(again, delays.AfterTaskFailure(failures)).ConfigureAwait(false);
        }
    }

    /// <summary>RequestBodyTooLarge: the service's limit is below ours. Send each half on its own.</summary>
    private async Task SplitAsync(List<PendingTask> tasks, CollectionSendResult result)
    {
        if (tasks.Count == 1)
        {
            await ReportAsync(tasks[0], BatchTaskSubmitStatus.Failed, result.ErrorCode, result.ErrorMessage).ConfigureAwait(false);
            return;
        }

        int half = tasks.Count / 2;
        foreach (var part in new[] { tasks.GetRange(0, half), tasks.GetRange(half, tasks.Count - half) })
        {
            var lease = await AcquireToSendAsync().ConfigureAwait(false);
            if (lease is null)
            {
                await HaltedAsync(part).ConfigureAwait(false);
            }
            else
            {
                await SendAndHandleAsync(part, lease).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Queues the tasks to be sent again after the delay; a task out of retries is given up.</summary>
    private async Task RetryLaterAsync(List<PendingTask> tasks, TimeSpan delay)
    {
        stop.Token.ThrowIfCancellationRequested();
        if (IsHalted)
        {
            await HaltedAsync(tasks).ConfigureAwait(false);
            return;
        }

        var again = new List<PendingTask>();
        var spent = new List<PendingTask>();
        foreach (var task in tasks)
        {
            (task.Attempts > options.MaxRetries ? spent : again).Add(task);
        }

        if (spent.Count > 0)
        {
            await GiveUpAsync(spent).ConfigureAwait(false);
        }

        if (again.Count > 0)
        {
            foreach (var task in again)
            {
                task.Owner = retries;
            }

            // If the submission halts meanwhile, the pump finds these in the queue and settles them.
            retries.Add(again, delay);
        }
    }

    /// <summary>Packs due retries into requests and starts them; when the submission halts, hands every
    /// queued task its final outcome. Ends when every task has its outcome.</summary>
    private async Task PumpRetriesAsync()
    {
        while (!allResolved.Task.IsCompleted)
        {
            if (stop.IsCancellationRequested || IsHalted)
            {
                var queued = retries.TakeAll();
                if (queued.Count > 0)
                {
                    StartWorker(queued, () => stop.IsCancellationRequested ? ReportAllCanceledAsync(queued) : HaltedAsync(queued));
                }

                await Task.WhenAny(retries.WhenChanged(), allResolved.Task).ConfigureAwait(false);
                continue;
            }

            var batch = retries.TakeDue(retryPacker);
            if (batch.Count == 0)
            {
                await Task.WhenAny(retries.WhenChangedOrDue(halt.Token), allResolved.Task).ConfigureAwait(false);
                continue;
            }

            RequestLease? lease;
            try
            {
                lease = await AcquireToSendAsync().ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                lease = null;
            }

            var taken = lease;
            StartWorker(batch, taken is null
                ? () => stop.IsCancellationRequested ? ReportAllCanceledAsync(batch) : HaltedAsync(batch)
                : () => SendAndHandleAsync(batch, taken));
        }
    }

    /// <summary>The final outcomes once the submission halts: not reachable, or a fatal answer.</summary>
    private async Task HaltedAsync(List<PendingTask> tasks)
    {
        if (fatal is CollectionSendResult stopped && !reachability.IsOpen)
        {
            await FailAsync(tasks, stopped).ConfigureAwait(false);
            return;
        }

        foreach (var task in tasks)
        {
            await ReportHaltedAsync(task).ConfigureAwait(false);
        }
    }

    private void ObserveReachability(int status, string? errorMessage)
    {
        if (status == 0)
        {
            reachability.TransportFailed(errorMessage ?? "no answer");
        }
        else
        {
            reachability.Answered();
        }
    }

    /// <summary>After a failed request: the service's Retry-After (with jitter), else exponential backoff by
    /// the failed requests that carried these tasks.</summary>
    private TimeSpan RequestRetryDelay(List<PendingTask> tasks, TimeSpan? retryAfter)
    {
        int failures = 0;
        foreach (var task in tasks)
        {
            failures = Math.Max(failures, ++task.RequestFailures);
        }

        return retryAfter is TimeSpan wait ? delays.AfterRetryAfter(wait) : delays.AfterRequestFailure(failures);
    }

    private static bool IsFatal(int status) => status == 401 || status == 403 || status == 404 || status == 409;
}
