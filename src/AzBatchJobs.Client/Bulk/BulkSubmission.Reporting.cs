using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace AzBatchJobs.Client.Bulk;

internal sealed partial class BulkSubmission
{
    private long haltedNotSubmitted;
    private long haltedUnknown;

    private Task ReportCanceledAsync(PendingTask task) => task.MayHaveBeenAdded
        ? ReportAsync(task, BatchTaskSubmitStatus.Unknown, BulkErrorCodes.Canceled,
            "The submission was cancelled while a request carrying this task was unanswered; the task may or may not be in the job.")
        : ReportAsync(task, BatchTaskSubmitStatus.NotSubmitted, BulkErrorCodes.Canceled,
            "The submission was cancelled before this task was added.");

    private async Task ReportAllCanceledAsync(List<PendingTask> tasks)
    {
        foreach (var task in tasks)
        {
            await ReportCanceledAsync(task).ConfigureAwait(false);
        }
    }

    /// <summary>The outcome of a task the submission will no longer send: the service is unreachable, or
    /// (for a task no request may have added) a fatal answer stopped it.</summary>
    private Task ReportHaltedAsync(PendingTask task)
    {
        if (reachability.IsOpen)
        {
            if (task.MayHaveBeenAdded)
            {
                Interlocked.Increment(ref haltedUnknown);
                return ReportAsync(task, BatchTaskSubmitStatus.Unknown, BulkErrorCodes.ServiceUnreachable,
                    "A request carrying this task went unanswered, so the task may or may not be in the job; then " + reachability.Reason);
            }

            Interlocked.Increment(ref haltedNotSubmitted);
            return ReportAsync(task, BatchTaskSubmitStatus.NotSubmitted, BulkErrorCodes.ServiceUnreachable,
                "Not added, and no longer sent: " + reachability.Reason);
        }

        return fatal is CollectionSendResult stopped
            ? ReportAsync(task, BatchTaskSubmitStatus.Failed, stopped.ErrorCode, stopped.ErrorMessage)
            : ReportCanceledAsync(task);
    }

    private void ThrowIfUnreachable()
    {
        long notSubmitted = Interlocked.Read(ref haltedNotSubmitted);
        long unknown = Interlocked.Read(ref haltedUnknown);
        if (notSubmitted + unknown > 0)
        {
            throw new BatchServiceUnreachableException(
                $"{reachability.Reason} The submission stopped sending: {notSubmitted:N0} tasks were not submitted, {unknown:N0} may or may not be in the job (see each outcome).",
                notSubmitted, unknown);
        }
    }

    private static void Remember(IEnumerable<PendingTask> tasks, string? errorCode, string? errorMessage, bool mayHaveBeenAdded)
    {
        foreach (var task in tasks)
        {
            Remember(task, errorCode, errorMessage, mayHaveBeenAdded);
        }
    }

    private static void Remember(PendingTask task, string? errorCode, string? errorMessage, bool mayHaveBeenAdded)
    {
        task.LastErrorCode = errorCode;
        task.LastErrorMessage = errorMessage;
        task.MayHaveBeenAdded |= mayHaveBeenAdded;
    }

    /// <summary>Hands the task's one outcome to the consumer.</summary>
    private async Task ReportAsync(PendingTask task, BatchTaskSubmitStatus status, string? errorCode, string? errorMessage)
    {
        task.Resolved = true;
        task.Owner = null;
        await Outcomes.AddAsync(new BatchTaskSubmitOutcome
        {
            JobId = jobId,
            TaskId = task.Id,
            InputIndex = task.InputIndex,
            Status = status,
            ErrorCode = errorCode,
            ErrorMessage = errorMessage,
            Attempts = task.Attempts,
        }).ConfigureAwait(false);
        Resolved();
    }
}
