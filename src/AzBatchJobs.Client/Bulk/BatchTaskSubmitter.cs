using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Client.Bulk;

/// <summary>
/// Adds any number of tasks to a job exactly once. The input is read as a stream: each task is
/// checked and serialized once, packed into add-collection requests (at most 100 tasks, under 1 MB
/// measured on the serialized bytes) and sent several requests at a time. Every task read gets exactly
/// one outcome: Added, AlreadyExisted (it was in the job before this submission) or Failed with the
/// service's error code; after cancellation, Unknown or NotSubmitted. Outcomes and progress reports
/// arrive on the thread that enumerates the result.
/// </summary>
/// <remarks>
/// The engine sends every request once through the client's pipeline (authentication, NetworkTimeout,
/// logging; BatchClientOptions.Retry does not apply) and decides every retry itself: a task is sent at most
/// <see cref="BatchTaskSubmitOptions.MaxRetries"/> + 1 times. A failed request's tasks wait in a retry queue
/// (backoff with jitter, or the service's Retry-After stretched by up to 20%) without holding a request slot,
/// and due retries are packed together into new requests. 429 and 503 answers lower the number of requests
/// in flight (halved, at most once per round; grown back by one per round of successes); throttled answers
/// in a row pause new requests for the Retry-After. A task whose earlier request may have been committed and
/// that then meets TaskExists is settled by listing the job's tasks by id (a few requests per request, never
/// one per task). A request that provably never reached the service (connection refused, name not resolved,
/// TLS failed) adds nothing; when the service answers nothing for
/// <see cref="BatchTaskSubmitOptions.UnreachableTimeout"/>, the submission stops sending, reports the rest
/// NotSubmitted and throws <see cref="BatchServiceUnreachableException"/> after the last outcome.
/// The ids of the tasks read are kept for the whole submission (ids only, not tasks) so that a repeated
/// id is reported Failed (DuplicateTaskId) and never sent.
/// </remarks>
public sealed class BatchTaskSubmitter
{
    private readonly ITaskCollectionSender sender;
    private readonly BatchTaskSubmitOptions options;

    public BatchTaskSubmitter(BatchClient client, BatchTaskSubmitOptions? options = null)
        : this(new BatchClientTaskCollectionSender(client ?? throw new ArgumentNullException(nameof(client))), options)
    {
    }

    internal BatchTaskSubmitter(ITaskCollectionSender sender, BatchTaskSubmitOptions? options)
    {
        this.sender = sender;
        this.options = options ?? new BatchTaskSubmitOptions();
        this.options.Validate();
    }

    /// <summary>Submits the tasks; enumerate the result to run the submission. A collection's count feeds progress.</summary>
    public IAsyncEnumerable<BatchTaskSubmitOutcome> SubmitAsync(string jobId, IEnumerable<BatchTaskCreateOptions> tasks, CancellationToken cancellationToken = default)
    {
        if (tasks is null)
        {
            throw new ArgumentNullException(nameof(tasks));
        }

        long? total = tasks is ICollection<BatchTaskCreateOptions> collection ? collection.Count
            : tasks is IReadOnlyCollection<BatchTaskCreateOptions> readOnly ? readOnly.Count
            : options.ExpectedCount;
        return Run(jobId, AsyncSequence.From(tasks.Select(TaskSerializer.Serialize)), total, cancellationToken);
    }

    /// <summary>Submits the tasks as they arrive; enumerate the result to run the submission.</summary>
    public IAsyncEnumerable<BatchTaskSubmitOutcome> SubmitAsync(string jobId, IAsyncEnumerable<BatchTaskCreateOptions> tasks, CancellationToken cancellationToken = default)
    {
        if (tasks is null)
        {
            throw new ArgumentNullException(nameof(tasks));
        }

        return Run(jobId, AsyncSequence.Select(tasks, TaskSerializer.Serialize), options.ExpectedCount, cancellationToken);
    }

    private IAsyncEnumerable<BatchTaskSubmitOutcome> Run(string jobId, IAsyncEnumerable<TaskPayload> payloads, long? total, CancellationToken cancellationToken)
    {
        BatchInputValidator.ValidateJobId(jobId, nameof(jobId));
        var engine = new BulkTaskEngine(sender, options);
        return engine.RunAsync(jobId, payloads, total, cancellationToken);
    }
}
