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
    /// <summary>Adds any number of tasks to a job, exactly once, streaming; see <see cref="BatchTaskSubmitter"/>.</summary>
    public virtual IAsyncEnumerable<BatchTaskSubmitOutcome> AddTasksAsync(string jobId, IEnumerable<BatchTaskCreateOptions> tasks,
        BatchTaskSubmitOptions? options = null, CancellationToken cancellationToken = default) =>
        new BatchTaskSubmitter(this, options).SubmitAsync(jobId, tasks, cancellationToken);

    /// <summary>Adds any number of tasks to a job, exactly once, streaming; see <see cref="BatchTaskSubmitter"/>.</summary>
    public virtual IAsyncEnumerable<BatchTaskSubmitOutcome> AddTasksAsync(string jobId, IAsyncEnumerable<BatchTaskCreateOptions> tasks,
        BatchTaskSubmitOptions? options = null, CancellationToken cancellationToken = default) =>
        new BatchTaskSubmitter(this, options).SubmitAsync(jobId, tasks, cancellationToken);

    /// <summary>POSTs an already serialized add-collection body through the pipeline. The caller owns
    /// (and disposes) the returned message; the response is never turned into an exception.</summary>
    internal async Task<HttpMessage> SendTaskCollectionBodyAsync(string jobId, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var message = Build(RequestMethod.Post, "CreateTaskCollection", null, ConditionalSupport.None, "jobs", jobId, "addtaskcollection")
            .Utf8JsonBody(body)
            .Message;
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
