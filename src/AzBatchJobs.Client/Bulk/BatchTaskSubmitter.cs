using System;
using System.Collections.Generic;
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
/// Retries happen at two levels, each bounded. The client's Azure.Core pipeline retries a request on
/// 408/429/500/502/503/504, timeouts and lost connections, honouring Retry-After
/// (BatchClientOptions.Retry, default 3 retries). When it gives up, the engine retries the request's
/// tasks itself up to <see cref="BatchTaskSubmitOptions.MaxRetries"/> times with backoff (honouring
/// Retry-After again), and also retries single tasks the service answered with servererror. A task is
/// therefore sent at most (pipeline retries + 1) x (MaxRetries + 1) times.
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
        return Run(jobId, AsyncSequence.From(tasks), total, cancellationToken);
    }

    /// <summary>Submits the tasks as they arrive; enumerate the result to run the submission.</summary>
    public IAsyncEnumerable<BatchTaskSubmitOutcome> SubmitAsync(string jobId, IAsyncEnumerable<BatchTaskCreateOptions> tasks, CancellationToken cancellationToken = default)
    {
        if (tasks is null)
        {
            throw new ArgumentNullException(nameof(tasks));
        }

        return Run(jobId, tasks, options.ExpectedCount, cancellationToken);
    }

    private IAsyncEnumerable<BatchTaskSubmitOutcome> Run(string jobId, IAsyncEnumerable<BatchTaskCreateOptions> tasks, long? total, CancellationToken cancellationToken)
    {
        BatchInputValidator.ValidateJobId(jobId, nameof(jobId));
        var engine = new BulkTaskEngine(sender, options);
        return engine.RunAsync(jobId, AsyncSequence.Select(tasks, TaskSerializer.Serialize), total, cancellationToken);
    }
}
