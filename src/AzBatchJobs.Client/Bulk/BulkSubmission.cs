using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;

namespace AzBatchJobs.Client.Bulk;

/// <summary>
/// One run of the bulk engine. The reader takes the input, packs requests and dispatches each when the
/// concurrency limit has room; a worker per request sends it once and settles what it can; tasks to send
/// again wait in the retry queue, whose pump packs them into new requests. Nobody holds a request slot while
/// waiting. Memory is bounded by the requests in flight, the retry queue (the reader waits when it is full)
/// and the outcome queue, not by the input's length (apart from the set of ids, kept to reject duplicates).
/// Files: this one (run, reader), .Requests (sending, retrying), .Settling (lookups), .Reporting (outcomes).
/// </summary>
internal sealed partial class BulkSubmission : IDisposable
{
    private const int OutcomeQueueCapacity = 1024;

    // The retry queue may hold this many full requests' worth of tasks per request slot before the reader waits.
    private const int RetryRequestsPerSlot = 8;
    private const long RetryBytesPerSlot = 8L * 1024 * 1024;

    private readonly ITaskCollectionSender sender;
    private readonly BatchTaskSubmitOptions options;
    private readonly string jobId;
    private readonly RequestPacker packer;
    private readonly RequestPacker retryPacker;
    private readonly TaskIdSet seenIds;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly CancellationTokenSource stop;
    private readonly ServiceReachability reachability;

    // Cancelled by stop, by a fatal answer and by the breaker: ends every wait to send.
    private readonly CancellationTokenSource halt;

    // Cancelled by stop and by the breaker: ends every wait to look tasks up (a fatal answer still allows lookups).
    private readonly CancellationTokenSource lookupsEnd;
    private readonly AdaptiveConcurrency limiter;
    private readonly RetryQueue retries;
    private readonly RetryDelays delays;
    private readonly ServiceClockOffset clockOffset = new ServiceClockOffset();
    private readonly TaskCompletionSource<bool> allResolved = Signals.New();
    private readonly object workersGate = new object();
    private readonly List<Task> workers = new List<Task>();
    private readonly int retryRoomTasks;
    private readonly long retryRoomBytes;
    private CollectionSendResult? fatal;
    private Exception? unexpected;

    // Tasks read and not yet reported, plus one while the input is being read.
    private long unresolved = 1;

    public BulkSubmission(ITaskCollectionSender sender, string jobId, BatchTaskSubmitOptions options,
        RequestPacker packer, long? expectedCount, CancellationToken cancellationToken)
    {
        seenIds = new TaskIdSet(expectedCount ?? 0);
        this.sender = sender;
        this.jobId = jobId;
        this.options = options;
        this.packer = packer;
        retryPacker = new RequestPacker(packer.MaxTasks, packer.MaxBodyBytes);
        Func<TimeSpan> now = () => clock.Elapsed;
        var random = new Random();
        stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        reachability = new ServiceReachability(options.UnreachableTimeout, now);
        halt = CancellationTokenSource.CreateLinkedTokenSource(stop.Token, reachability.Opened);
        lookupsEnd = CancellationTokenSource.CreateLinkedTokenSource(stop.Token, reachability.Opened);
        delays = new RetryDelays(options.InitialRetryDelay, options.MaxRetryDelay, random);
        limiter = new AdaptiveConcurrency(options.MaxParallelRequests, now, () =>
        {
            lock (random)
            {
                return random.NextDouble();
            }
        });
        retries = new RetryQueue(now, RetryDelays.Gathering(options.InitialRetryDelay));
        retryRoomTasks = RetryRequestsPerSlot * packer.MaxTasks * options.MaxParallelRequests;
        retryRoomBytes = RetryBytesPerSlot * options.MaxParallelRequests;
    }

    public OutcomeQueue<BatchTaskSubmitOutcome> Outcomes { get; } = new OutcomeQueue<BatchTaskSubmitOutcome>(OutcomeQueueCapacity);

    public SubmissionCounters Counters { get; } = new SubmissionCounters();

    /// <summary>The current limit on requests in flight (it drops under throttling).</summary>
    public int ConcurrencyLimit => limiter.Limit;

    /// <summary>Reads the whole input and completes Outcomes when every task read has its outcome. Then
    /// throws the input's exception, if reading it failed, or BatchServiceUnreachableException if the
    /// service could not be reached.</summary>
    public async Task RunAsync(IAsyncEnumerable<TaskPayload> input)
    {
        var pump = Task.Run(PumpRetriesAsync);
        Exception? inputError = null;
        try
        {
            inputError = await ReadInputAsync(input).ConfigureAwait(false);
        }
        finally
        {
            try
            {
                Resolved();
                await allResolved.Task.ConfigureAwait(false);
                await pump.ConfigureAwait(false);
                await Task.WhenAll(Workers()).ConfigureAwait(false);
            }
            finally
            {
                Outcomes.Complete();
            }
        }

        var failure = inputError ?? unexpected;
        if (failure != null)
        {
            ExceptionDispatchInfo.Capture(failure).Throw();
        }

        ThrowIfUnreachable();
    }

    /// <summary>Stops everything at once (the consumer went away).</summary>
    public void Abort()
    {
        stop.Cancel();
        Outcomes.Abandon();
    }

    public void Dispose()
    {
        lookupsEnd.Dispose();
        halt.Dispose();
        reachability.Dispose();
        stop.Dispose();
    }

    private async Task<Exception?> ReadInputAsync(IAsyncEnumerable<TaskPayload> input)
    {
        long index = 0;
        IAsyncEnumerator<TaskPayload>? reader = null;
        try
        {
            reader = input.GetAsyncEnumerator(stop.Token);
            while (true)
            {
                stop.Token.ThrowIfCancellationRequested();
                bool more;
                try
                {
                    more = await reader.MoveNextAsync().ConfigureAwait(false);
                }
                catch (Exception ex) when (!(ex is OperationCanceledException && stop.IsCancellationRequested))
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
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            foreach (var task in packer.TakeBatch())
            {
                await ReportCanceledAsync(task).ConfigureAwait(false);
            }
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
        var task = new PendingTask(payload.Id ?? string.Empty, payload.Json, index);
        Interlocked.Increment(ref unresolved);
        if (payload.RejectionCode != null)
        {
            await ReportAsync(task, BatchTaskSubmitStatus.Failed, payload.RejectionCode, payload.RejectionMessage).ConfigureAwait(false);
            return;
        }

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

        if (IsHalted)
        {
            await ReportHaltedAsync(task).ConfigureAwait(false);
            return;
        }

        if (!packer.HasRoomFor(task.Json.Length))
        {
            // The task goes into the next request before this one is dispatched, so that a cancellation
            // while dispatching still finds it in the packer and reports it.
            var full = packer.TakeBatch();
            packer.Add(task);
            await DispatchAsync(full).ConfigureAwait(false);
        }
        else
        {
            packer.Add(task);
        }

        if (packer.IsFull)
        {
            await DispatchAsync(packer.TakeBatch()).ConfigureAwait(false);
        }
    }

    /// <summary>Sends a new request once the retry queue has room and the concurrency limit allows.</summary>
    private async Task DispatchAsync(List<PendingTask> batch)
    {
        if (batch.Count == 0)
        {
            return;
        }

        RequestLease? lease;
        try
        {
            while (retries.Count > retryRoomTasks || retries.Bytes > retryRoomBytes)
            {
                await Signals.WaitAsync(retries.WhenChanged(), halt.Token).ConfigureAwait(false);
            }

            lease = await AcquireToSendAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            foreach (var task in batch)
            {
                await ReportCanceledAsync(task).ConfigureAwait(false);
            }

            throw;
        }
        catch (OperationCanceledException) when (halt.IsCancellationRequested)
        {
            lease = null;
        }

        if (lease is null)
        {
            StartWorker(batch, () => HaltedAsync(batch));
        }
        else
        {
            StartWorker(batch, () => SendAndHandleAsync(batch, lease));
        }
    }

    /// <summary>Room for one more add request; null once the submission halted (fatal answer, service
    /// unreachable); OperationCanceledException once it is cancelled. Checked again after the wait, because
    /// a linked token may learn of the cancellation after a lease was freed by it.</summary>
    private async Task<RequestLease?> AcquireToSendAsync()
    {
        RequestLease lease;
        try
        {
            lease = await limiter.AcquireAsync(halt.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (halt.IsCancellationRequested)
        {
            stop.Token.ThrowIfCancellationRequested();
            return null;
        }

        if (stop.IsCancellationRequested || IsHalted)
        {
            limiter.Complete(lease, AttemptSignal.Neutral, null);
            stop.Token.ThrowIfCancellationRequested();
            return null;
        }

        return lease;
    }

    private bool IsHalted => fatal != null || reachability.IsOpen;

    /// <summary>Runs work on tasks it takes responsibility for; if the submission is cancelled meanwhile,
    /// the tasks it still owns are reported as cancelled.</summary>
    private void StartWorker(List<PendingTask> tasks, Func<Task> work)
    {
        foreach (var task in tasks)
        {
            task.Owner = tasks;
        }

        // Started on this thread, which carries it to its first real wait (the request on the wire):
        // a hand-off to another thread per request cost more CPU than the work it moved.
        var worker = RunOwnedAsync(tasks, work);
        lock (workersGate)
        {
            workers.RemoveAll(done => done.IsCompleted);
            workers.Add(worker);
        }
    }

    private async Task RunOwnedAsync(List<PendingTask> tasks, Func<Task> work)
    {
        try
        {
            await work().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            foreach (var task in tasks)
            {
                if (!task.Resolved && ReferenceEquals(task.Owner, tasks))
                {
                    await ReportCanceledAsync(task).ConfigureAwait(false);
                }
            }
        }
        catch (Exception bug)
        {
            // Never expected; every task still gets an outcome, and the run ends with the exception.
            Interlocked.CompareExchange(ref unexpected, bug, null);
            foreach (var task in tasks)
            {
                if (!task.Resolved && ReferenceEquals(task.Owner, tasks))
                {
                    await ReportAsync(task, BatchTaskSubmitStatus.Unknown, bug.GetType().Name, bug.Message).ConfigureAwait(false);
                }
            }
        }
    }

    private Task[] Workers()
    {
        lock (workersGate)
        {
            return workers.ToArray();
        }
    }

    private void Resolved()
    {
        if (Interlocked.Decrement(ref unresolved) == 0)
        {
            allResolved.TrySetResult(true);
        }
    }
}
