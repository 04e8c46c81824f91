using System.Collections.Concurrent;
using System.Text.Json;
using AzBatchJobs.Client.Bulk;

namespace AzBatchJobs.Client.Tests.Bulk;

/// <summary>What the fake service does with one request.</summary>
internal enum FakeFault
{
    None,
    /// <summary>Commits every task, then the answer is lost (timeout).</summary>
    CommitThenLose,
    /// <summary>503 before anything is stored.</summary>
    FailBeforeCommit,
    /// <summary>429 with Retry-After.</summary>
    Throttle,
    /// <summary>The transport's first copy committed everything; its retry got TaskExists for all.</summary>
    TransportRetryAfterCommit,
    /// <summary>RequestBodyTooLarge for this request.</summary>
    TooLarge,
    /// <summary>409 JobCompleted: the job takes no more tasks.</summary>
    JobCompleted,
    /// <summary>No connection could be made (refused): nothing reached the service.</summary>
    NotSent,
}

/// <summary>One add-collection request the fake received, with the requests in flight when it arrived (itself
/// included) and when it arrived (since the fake was made).</summary>
internal sealed record FakeCall(int Number, IReadOnlyList<string> TaskIds, int BodyBytes, int InFlight, TimeSpan At);

/// <summary>An in-memory add-collection service with scripted faults, for the engine's unit tests.
/// Ids compare case-insensitively, as in Batch; a second add of an id gets TaskExists.</summary>
internal sealed class FakeTaskCollectionSender : ITaskCollectionSender
{
    private readonly object gate = new();
    private readonly List<FakeCall> calls = new();
    private readonly System.Diagnostics.Stopwatch clock = System.Diagnostics.Stopwatch.StartNew();
    private int inFlight;

    public ConcurrentDictionary<string, DateTimeOffset> Store { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How often each id was stored (must never exceed 1).</summary>
    public ConcurrentDictionary<string, int> Commits { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Bodies above this size get RequestBodyTooLarge.</summary>
    public int ServiceMaxBodyBytes { get; set; } = int.MaxValue;

    /// <summary>Decides the fault for each request.</summary>
    public Func<FakeCall, FakeFault> Faults { get; set; } = _ => FakeFault.None;

    /// <summary>Overrides the verdict for a task (e.g. a servererror or a clienterror); null means normal handling.
    /// The bool says whether the task is stored anyway.</summary>
    public Func<string, (TaskAddItemResult Verdict, bool Commit)?> PerTask { get; set; } = _ => null;

    /// <summary>The fake service's clock minus the test's clock.</summary>
    public TimeSpan ClockSkew { get; set; }

    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromMilliseconds(50);

    public TimeSpan Latency { get; set; }

    /// <summary>When set, requests wait for it (or for cancellation) before being handled.</summary>
    public TaskCompletionSource? Gate { get; set; }

    /// <summary>Fails lookups (listings and GETs, numbered from 1 in arrival order); null means answer.</summary>
    public Func<int, TaskQueryResult?> QueryFaults { get; set; } = _ => null;

    public int MaxInFlight { get; private set; }

    /// <summary>Listings of tasks by id.</summary>
    public int Listings;

    /// <summary>GETs of single tasks.</summary>
    public int Lookups;

    private int queries;

    public IReadOnlyList<FakeCall> Calls
    {
        get
        {
            lock (gate)
            {
                return calls.ToList();
            }
        }
    }

    /// <summary>Puts a task in the job as if someone had added it earlier.</summary>
    public void PreExisting(string id, DateTimeOffset createdAt) => Store[id] = createdAt;

    public async Task<CollectionSendResult> SendAsync(string jobId, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var call = Record(body);
        try
        {
            if (Gate is not null)
            {
                await Gate.Task.WaitAsync(cancellationToken);
            }

            if (Latency > TimeSpan.Zero)
            {
                await Task.Delay(Latency, cancellationToken);
            }

            if (call.BodyBytes > ServiceMaxBodyBytes)
            {
                return CollectionSendResult.TooLarge("The request body is too large.");
            }

            switch (Faults(call))
            {
                case FakeFault.TooLarge:
                    return CollectionSendResult.TooLarge("The request body is too large.");
                case FakeFault.JobCompleted:
                    return CollectionSendResult.Rejected(409, "JobCompleted", "The specified job is already in a completed state.");
                case FakeFault.Throttle:
                    return CollectionSendResult.Throttled(RetryAfter, "TooManyRequests", "Slow down.");
                case FakeFault.FailBeforeCommit:
                    return CollectionSendResult.Unknown(500, "InternalError", "The server failed.");
                case FakeFault.NotSent:
                    return CollectionSendResult.NotSent("Connection refused (127.0.0.1:1)");
                case FakeFault.CommitThenLose:
                    Handle(call);
                    return CollectionSendResult.Unknown(0, "TaskCanceledException", "The request timed out.");
                case FakeFault.TransportRetryAfterCommit:
                    Handle(call);
                    return CollectionSendResult.Completed(Handle(call), mayHaveBeenSentBefore: true);
                default:
                    return CollectionSendResult.Completed(Handle(call), mayHaveBeenSentBefore: false);
            }
        }
        finally
        {
            lock (gate)
            {
                inFlight--;
            }
        }
    }

    public Task<TaskQueryResult> ListTasksAsync(string jobId, IReadOnlyList<string> taskIds, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Listings);
        return Task.FromResult(Query(taskIds));
    }

    public Task<TaskQueryResult> GetTaskAsync(string jobId, string taskId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Lookups);
        return Task.FromResult(Query(new[] { taskId }));
    }

    private TaskQueryResult Query(IEnumerable<string> ids)
    {
        if (QueryFaults(Interlocked.Increment(ref queries)) is { } failure)
        {
            return failure;
        }

        var found = new Dictionary<string, DateTimeOffset?>(StringComparer.OrdinalIgnoreCase);
        foreach (var id in ids)
        {
            if (Store.TryGetValue(id, out var created))
            {
                found[id] = created;
            }
        }

        return TaskQueryResult.Listed(found, ServiceNow());
    }

    private DateTimeOffset ServiceNow() => DateTimeOffset.UtcNow + ClockSkew;

    private FakeCall Record(ReadOnlyMemory<byte> body)
    {
        using var document = JsonDocument.Parse(body);
        var ids = document.RootElement.GetProperty("value").EnumerateArray().Select(task => task.GetProperty("id").GetString()!).ToList();
        lock (gate)
        {
            inFlight++;
            MaxInFlight = Math.Max(MaxInFlight, inFlight);
            var call = new FakeCall(calls.Count + 1, ids, body.Length, inFlight, clock.Elapsed);
            calls.Add(call);
            return call;
        }
    }

    private List<TaskAddItemResult> Handle(FakeCall call)
    {
        var results = new List<TaskAddItemResult>();
        foreach (var id in call.TaskIds)
        {
            if (PerTask(id) is { } scripted)
            {
                if (scripted.Commit)
                {
                    Add(id);
                }

                results.Add(scripted.Verdict);
                continue;
            }

            results.Add(Add(id)
                ? new TaskAddItemResult(id, TaskAddItemStatus.Success, lastModified: Store[id])
                : new TaskAddItemResult(id, TaskAddItemStatus.ClientError, "TaskExists", "The specified task already exists."));
        }

        return results;
    }

    private bool Add(string id)
    {
        if (!Store.TryAdd(id, ServiceNow()))
        {
            return false;
        }

        Commits.AddOrUpdate(id, 1, (_, count) => count + 1);
        return true;
    }
}
