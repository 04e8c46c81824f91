using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;

namespace AzBatchJobs.Client.Bulk;

/// <summary>One run of the bulk engine: reads the input, packs requests, sends them with bounded
/// parallelism, retries what may be retried, and hands one outcome per input task to the consumer.
/// Memory is bounded by the requests in flight and the outcome queue, not by the input's length
/// (apart from the set of ids, kept to reject duplicates).</summary>
internal sealed class BulkSubmission : IDisposable
{
    private const int OutcomeQueueCapacity = 1024;

    private readonly ITaskCollectionSender sender;
    private readonly BatchTaskSubmitOptions options;
    private readonly string jobId;
    private readonly RequestPacker packer;
    private readonly TaskIdSet seenIds;
    private readonly CancellationTokenSource stop;
    private readonly SemaphoreSlim requestSlots;
    private readonly List<Task> workers = new List<Task>();
    private readonly Random jitter = new Random();
    private readonly ServiceClockOffset clockOffset = new ServiceClockOffset();
    private CollectionSendResult? fatal;

    public BulkSubmission(ITaskCollectionSender sender, string jobId, BatchTaskSubmitOptions options,
        RequestPacker packer, long? expectedCount, CancellationToken cancellationToken)
    {
        seenIds = new TaskIdSet(expectedCount ?? 0);
        this.sender = sender;
        this.jobId = jobId;
        this.options = options;
        this.packer = packer;
        stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        requestSlots = new SemaphoreSlim(options.MaxParallelRequests);
    }

    public OutcomeQueue<BatchTaskSubmitOutcome> Outcomes { get; } = new OutcomeQueue<BatchTaskSubmitOutcome>(OutcomeQueueCapacity);

    public SubmissionCounters Counters { get; } = new SubmissionCounters();

    private CancellationToken Token => stop.Token;

    /// <summary>Reads the whole input and completes Outcomes when every task read has its outcome.
    /// Faults with the input's exception, if reading it failed.</summary>
    public async Task RunAsync(IAsyncEnumerable<TaskPayload> input)
    {
        Exception? inputError = null;
        try
        {
            inputError = await ReadInputAsync(input).ConfigureAwait(false);
        }
        finally
        {
            try
            {
                await Task.WhenAll(workers).ConfigureAwait(false);
            }
            finally
            {
                Outcomes.Complete();
            }
        }

        if (inputError != null)
        {
            ExceptionDispatchInfo.Capture(inputError).Throw();
        }
    }

    /// <summary>Stops everything at once (the consumer went away).</summary>
    public void Abort()
    {
        stop.Cancel();
        Outcomes.Abandon();
    }

    public void Dispose()
    {
        stop.Dispose();
        requestSlots.Dispose();
    }

    private async Task<Exception?> ReadInputAsync(IAsyncEnumerable<TaskPayload> input)
    {
        long index = 0;
        IAsyncEnumerator<TaskPayload>? reader = null;
        try
        {
            reader = input.GetAsyncEnumerator(Token);
            while (true)
            {
                Token.ThrowIfCancellationRequested();
                bool more;
                try
                {
                    more = await reader.MoveNextAsync().ConfigureAwait(false);
                }
                catch (Exception ex) when (!(ex is OperationCanceledException && Token.IsCancellationRequested))
                {
                    await DispatchAsync(packer.TakeBatch()).ConfigureAwait(false);
                    return ex;
                }

                if (!more)
                {
                    break;
                }

                Counters.CountRead();
                await AcceptAsync(reader.Current, index++).ConfigureAwait(false);
            }

            await DispatchAsync(packer.TakeBatch()).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (Token.IsCancellationRequested)
        {
            await ReportUnsentAsync(packer.TakeBatch()).ConfigureAwait(false);
        }
        finally
        {
            if (reader != null)
            {
                await reader.DisposeAsync().ConfigureAwait(false);
            }
        }

        return null;
    }

    private async Task AcceptAsync(TaskPayload payload, long index)
    {
        if (payload.RejectionCode != null)
        {
            await ReportAsync(new PendingTask(payload.Id ?? string.Empty, payload.Json, index), BatchTaskSubmitStatus.Failed,
                payload.RejectionCode, payload.RejectionMessage).ConfigureAwait(false);
            return;
        }

        var task = new PendingTask(payload.Id!, payload.Json, index);
        if (!seenIds.Add(task.Id))
        {
            await ReportAsync(task, BatchTaskSubmitStatus.Failed, BulkErrorCodes.DuplicateTaskId,
                $"The Id '{task.Id}' appears earlier in the input; task ids must be unique within a job (compared case-insensitively). This copy was not sent.")
                .ConfigureAwait(false);
            return;
        }

        if (!packer.FitsAlone(task.Json.Length))
        {
            await ReportAsync(task, BatchTaskSubmitStatus.Failed, BulkErrorCodes.RequestBodyTooLarge,
                $"The task serializes to {task.Json.Length:N0} bytes; an add-collection request must be under {packer.MaxBodyBytes + 1:N0} bytes, so this task can never be sent. Make it smaller (fewer resource files or environment settings).")
                .ConfigureAwait(false);
            return;
        }

        if (fatal is CollectionSendResult stopped)
        {
            await ReportAsync(task, BatchTaskSubmitStatus.Failed, stopped.ErrorCode, stopped.ErrorMessage).ConfigureAwait(false);
            return;
        }

        if (!packer.HasRoomFor(task.Json.Length))
        {
            await DispatchAsync(packer.TakeBatch()).ConfigureAwait(false);
        }

        packer.Add(task);
        if (packer.IsFull)
        {
            await DispatchAsync(packer.TakeBatch()).ConfigureAwait(false);
        }
    }

    private async Task DispatchAsync(List<PendingTask> batch)
    {
        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            await requestSlots.WaitAsync(Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await ReportUnsentAsync(batch).ConfigureAwait(false);
            throw;
        }

        workers.RemoveAll(worker => worker.IsCompleted && !worker.IsFaulted);
        workers.Add(Task.Run(() => ProcessAsync(batch)));
    }

    private async Task ProcessAsync(List<PendingTask> batch)
    {
        try
        {
            var work = new Stack<List<PendingTask>>();
            work.Push(batch);
            while (work.Count > 0)
            {
                await SendOnceAsync(work.Pop(), work).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (Token.IsCancellationRequested)
        {
            foreach (var task in batch)
            {
                if (!task.Resolved)
                {
                    await ReportCanceledAsync(task).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            requestSlots.Release();
        }
    }

    private async Task SendOnceAsync(List<PendingTask> tasks, Stack<List<PendingTask>> work)
    {
        if (fatal is CollectionSendResult stopped)
        {
            await FailAsync(tasks, stopped).ConfigureAwait(false);
            return;
        }

        Token.ThrowIfCancellationRequested();
        var now = DateTimeOffset.UtcNow;
        foreach (var task in tasks)
        {
            task.Attempts++;
            task.FirstSentAt ??= now;
        }

        var result = await SendAsync(tasks).ConfigureAwait(false);
        switch (result.Kind)
        {
            case CollectionSendKind.Completed:
                await HandleCompletedAsync(tasks, result, work).ConfigureAwait(false);
                break;

            case CollectionSendKind.Rejected:
                if (IsFatal(result.Status))
                {
                    Interlocked.CompareExchange(ref fatal, result, null);
                }

                await FailAsync(tasks, result).ConfigureAwait(false);
                break;

            case CollectionSendKind.TooLarge:
                if (tasks.Count == 1)
                {
                    await ReportAsync(tasks[0], BatchTaskSubmitStatus.Failed, result.ErrorCode, result.ErrorMessage).ConfigureAwait(false);
                }
                else
                {
                    int half = tasks.Count / 2;
                    work.Push(tasks.GetRange(half, tasks.Count - half));
                    work.Push(tasks.GetRange(0, half));
                }

                break;

            case CollectionSendKind.Throttled:
                Remember(tasks, result.ErrorCode, result.ErrorMessage, mayHaveBeenAdded: false);
                await RetryOrGiveUpAsync(tasks, result.RetryAfter, work).ConfigureAwait(false);
                break;

            default:
                Remember(tasks, result.ErrorCode, result.ErrorMessage, mayHaveBeenAdded: true);
                await RetryOrGiveUpAsync(tasks, result.RetryAfter, work).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>Reports the tasks Failed with a request-level error; a task an earlier request may have
    /// added is looked up first, so its outcome stays true.</summary>
    private async Task FailAsync(List<PendingTask> tasks, CollectionSendResult error)
    {
        foreach (var task in tasks)
        {
            if (task.MayHaveBeenAdded)
            {
                Remember(task, error.ErrorCode, error.ErrorMessage, mayHaveBeenAdded: true);
                await GiveUpAsync(task).ConfigureAwait(false);
            }
            else
            {
                await ReportAsync(task, BatchTaskSubmitStatus.Failed, error.ErrorCode, error.ErrorMessage).ConfigureAwait(false);
            }
        }
    }

    private async Task<CollectionSendResult> SendAsync(List<PendingTask> tasks)
    {
        try
        {
            return await sender.SendAsync(jobId, RequestPacker.BuildBody(tasks), Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (Token.IsCancellationRequested)
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

    private async Task HandleCompletedAsync(List<PendingTask> tasks, CollectionSendResult result, Stack<List<PendingTask>> work)
    {
        var answeredAt = DateTimeOffset.UtcNow;
        var verdicts = new Dictionary<string, TaskAddItemResult>(StringComparer.OrdinalIgnoreCase);
        foreach (var verdict in result.Results)
        {
            clockOffset.Observe(verdict.LastModified, answeredAt);
            if (verdict.TaskId != null)
            {
                verdicts[verdict.TaskId] = verdict;
            }
        }

        var again = new List<PendingTask>();
        foreach (var task in tasks)
        {
            if (result.MayHaveBeenSentBefore)
            {
                task.MayHaveBeenAdded = true;
            }

            if (!verdicts.TryGetValue(task.Id, out var verdict))
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
                    if (!task.MayHaveBeenAdded)
                    {
                        await ReportAsync(task, BatchTaskSubmitStatus.AlreadyExisted, null, null).ConfigureAwait(false);
                    }
                    else if (!await ResolveExistingAsync(task, verdict.ErrorCode, verdict.ErrorMessage).ConfigureAwait(false))
                    {
                        again.Add(task);
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

        await RetryOrGiveUpAsync(again, null, work).ConfigureAwait(false);
    }

    /// <summary>The service says the task exists, and an earlier copy of ours may have been stored:
    /// look it up. False when the task has gone again and should be resent.</summary>
    private async Task<bool> ResolveExistingAsync(PendingTask task, string? errorCode, string? errorMessage)
    {
        var lookup = await LookupAsync(task).ConfigureAwait(false);
        switch (lookup.Kind)
        {
            case TaskLookupKind.Found when lookup.CreationTime is DateTimeOffset created:
                await ReportFoundAsync(task, created).ConfigureAwait(false);
                return true;

            case TaskLookupKind.NotFound:
                Remember(task, errorCode, errorMessage, mayHaveBeenAdded: task.MayHaveBeenAdded);
                return false;

            default:
                await ReportAsync(task, BatchTaskSubmitStatus.Unknown, errorCode,
                    "The task exists, but whether this submission added it could not be checked: " + (lookup.ErrorMessage ?? "the task has no creationTime."))
                    .ConfigureAwait(false);
                return true;
        }
    }

    private async Task RetryOrGiveUpAsync(List<PendingTask> tasks, TimeSpan? retryAfter, Stack<List<PendingTask>> work)
    {
        var again = new List<PendingTask>();
        int retryNumber = 0;
        foreach (var task in tasks)
        {
            if (task.Attempts > options.MaxRetries)
            {
                await GiveUpAsync(task).ConfigureAwait(false);
            }
            else
            {
                again.Add(task);
                retryNumber = Math.Max(retryNumber, task.Attempts);
            }
        }

        if (again.Count == 0)
        {
            return;
        }

        await Task.Delay(retryAfter ?? Backoff(retryNumber), Token).ConfigureAwait(false);
        work.Push(again);
    }

    private async Task GiveUpAsync(PendingTask task)
    {
        string message = $"{task.LastErrorMessage} (gave up after {task.Attempts} attempts)";
        if (!task.MayHaveBeenAdded)
        {
            await ReportAsync(task, BatchTaskSubmitStatus.Failed, task.LastErrorCode, message).ConfigureAwait(false);
            return;
        }

        var lookup = await LookupAsync(task).ConfigureAwait(false);
        if (lookup.Kind == TaskLookupKind.NotFound)
        {
            await ReportAsync(task, BatchTaskSubmitStatus.Failed, task.LastErrorCode, message).ConfigureAwait(false);
        }
        else if (lookup.Kind == TaskLookupKind.Found && lookup.CreationTime is DateTimeOffset created)
        {
            await ReportFoundAsync(task, created).ConfigureAwait(false);
        }
        else
        {
            await ReportAsync(task, BatchTaskSubmitStatus.Unknown, task.LastErrorCode,
                message + "; the service may hold the task, and looking it up failed: " + lookup.ErrorMessage).ConfigureAwait(false);
        }
    }

    /// <summary>The lookup found the task: Added when this submission created it, else AlreadyExisted.</summary>
    private Task ReportFoundAsync(PendingTask task, DateTimeOffset created)
    {
        bool ours = AddedBySubmissionRule.WasAddedBySubmission(task.FirstSentAt!.Value, created, clockOffset.LowerBound);
        return ReportAsync(task, ours ? BatchTaskSubmitStatus.Added : BatchTaskSubmitStatus.AlreadyExisted, null, null);
    }

    private async Task<TaskLookupResult> LookupAsync(PendingTask task)
    {
        var lookup = await sender.LookupTaskAsync(jobId, task.Id, Token).ConfigureAwait(false);
        clockOffset.Observe(lookup.ServiceTime, DateTimeOffset.UtcNow);
        return lookup;
    }

    private TimeSpan Backoff(int retryNumber)
    {
        double factor = Math.Pow(2, Math.Min(20, Math.Max(0, retryNumber - 1)));
        double capped = Math.Min(options.MaxRetryDelay.TotalMilliseconds, options.InitialRetryDelay.TotalMilliseconds * factor);
        double spread;
        lock (jitter)
        {
            spread = 0.5 + jitter.NextDouble() / 2;
        }

        return TimeSpan.FromMilliseconds(capped * spread);
    }

    private static bool IsFatal(int status) => status == 401 || status == 403 || status == 404 || status == 409;

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

    private async Task ReportUnsentAsync(List<PendingTask> tasks)
    {
        foreach (var task in tasks)
        {
            await ReportCanceledAsync(task).ConfigureAwait(false);
        }
    }

    private Task ReportCanceledAsync(PendingTask task) => task.MayHaveBeenAdded
        ? ReportAsync(task, BatchTaskSubmitStatus.Unknown, BulkErrorCodes.Canceled,
            "The submission was cancelled while a request carrying this task was unanswered; the task may or may not be in the job.")
        : ReportAsync(task, BatchTaskSubmitStatus.NotSubmitted, BulkErrorCodes.Canceled,
            "The submission was cancelled before this task was added.");

    private Task ReportAsync(PendingTask task, BatchTaskSubmitStatus status, string? errorCode, string? errorMessage)
    {
        task.Resolved = true;
        return Outcomes.AddAsync(new BatchTaskSubmitOutcome
        {
            JobId = jobId,
            TaskId = task.Id,
            InputIndex = task.InputIndex,
            Status = status,
            ErrorCode = errorCode,
            ErrorMessage = errorMessage,
            Attempts = task.Attempts,
        });
    }
}
