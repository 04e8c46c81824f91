using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using AzBatchJobs.Client.Bulk;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Client;

public partial class BatchClient
{
    private static readonly string[] IdAndCreationTime = { "id", "creationTime" };

    /// <summary>Adds any number of tasks to a job, exactly once, streaming; see <see cref="BatchTaskSubmitter"/>.</summary>
    public virtual IAsyncEnumerable<BatchTaskSubmitOutcome> AddTasksAsync(string jobId, IEnumerable<BatchTaskCreateOptions> tasks,
        BatchTaskSubmitOptions? options = null, CancellationToken cancellationToken = default) =>
        new BatchTaskSubmitter(this, options).SubmitAsync(jobId, tasks, cancellationToken);

    /// <summary>Adds any number of tasks to a job, exactly once, streaming; see <see cref="BatchTaskSubmitter"/>.</summary>
    public virtual IAsyncEnumerable<BatchTaskSubmitOutcome> AddTasksAsync(string jobId, IAsyncEnumerable<BatchTaskCreateOptions> tasks,
        BatchTaskSubmitOptions? options = null, CancellationToken cancellationToken = default) =>
        new BatchTaskSubmitter(this, options).SubmitAsync(jobId, tasks, cancellationToken);

    /// <summary>POSTs an already serialized add-collection body, one attempt (the bulk engine retries).</summary>
    internal Task<HttpMessage> SendTaskCollectionBodyOnceAsync(string jobId, ReadOnlyMemory<byte> body, CancellationToken cancellationToken) =>
        SendOnceAsync(Build(RequestMethod.Post, "CreateTaskCollection", null, ConditionalSupport.None, "jobs", jobId, "addtaskcollection")
            .Utf8JsonBody(body), cancellationToken);

    /// <summary>Lists the job's tasks that match the filter, id and creationTime only; one attempt.</summary>
    internal Task<HttpMessage> ListTaskCreationTimesOnceAsync(string jobId, string filter, CancellationToken cancellationToken) =>
        SendOnceAsync(Build(RequestMethod.Get, "ListTasks", null, ConditionalSupport.None, "jobs", jobId, "tasks")
            .List(new BatchListOptions { Filter = filter, Select = IdAndCreationTime }), cancellationToken);

    /// <summary>The next page of a listing; one attempt.</summary>
    internal Task<HttpMessage> GetNextPageOnceAsync(string nextLink, CancellationToken cancellationToken) =>
        SendOnceAsync(BatchMessageBuilder.CreateNextPage(_pipeline, _endpoint, nextLink, null), cancellationToken);

    /// <summary>GETs one task's id and creationTime; one attempt.</summary>
    internal Task<HttpMessage> GetTaskCreationTimeOnceAsync(string jobId, string taskId, CancellationToken cancellationToken) =>
        SendOnceAsync(Build(RequestMethod.Get, "GetTask", null, ConditionalSupport.None, "jobs", jobId, "tasks", taskId)
            .Query(BatchQuery.Select, IdAndCreationTime), cancellationToken);

    /// <summary>Sends through the pipeline (auth, timeouts, logging) without its retries. The caller owns
    /// (and disposes) the returned message; the response is never turned into an exception.</summary>
    private async Task<HttpMessage> SendOnceAsync(BatchMessageBuilder builder, CancellationToken cancellationToken)
    {
        var message = builder.Message;
        message.ResponseClassifier = SingleAttemptClassifier.Instance;
        try
        {
            await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
            return message;
        }
        catch (Exception failure)
        {
            message.Dispose();
            if (BatchTransportFailures.Translate(failure, _endpoint, cancellationToken) is { } translated)
            {
                throw translated;
            }
            throw;
        }
    }
}
