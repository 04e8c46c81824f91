using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Client.Bulk;

/// <summary>The engine's seam over a real <see cref="BatchClient"/>. Transport retries (429/503 with
/// Retry-After, 5xx, timeouts, lost connections) happen in the client's Azure.Core pipeline; this class
/// classifies what is left when the pipeline is done, and says when the pipeline sent a body more than once.</summary>
internal sealed class BatchClientTaskCollectionSender : ITaskCollectionSender
{
    private readonly BatchClient client;

    public BatchClientTaskCollectionSender(BatchClient client)
    {
        this.client = client;
    }

    public async Task<CollectionSendResult> SendAsync(string jobId, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        HttpMessage message;
        try
        {
            message = await client.SendTaskCollectionBodyAsync(jobId, body, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception transportFailure)
        {
            // Timeouts and lost connections after the pipeline's own retries: the body may have been processed.
            return CollectionSendResult.Unknown(0, transportFailure.GetType().Name, transportFailure.Message);
        }

        using (message)
        {
            return Classify(message.Response, message.ProcessingContext.RetryNumber > 0);
        }
    }

    public async Task<TaskLookupResult> LookupTaskAsync(string jobId, string taskId, CancellationToken cancellationToken)
    {
        try
        {
            var response = await client.GetTaskAsync(jobId, taskId, new[] { "id", "creationTime" }, cancellationToken: cancellationToken).ConfigureAwait(false);
            return TaskLookupResult.Found(response.Value.CreationTime, response.GetRawResponse().Headers.Date);
        }
        catch (BatchServiceException notFound) when (notFound.Status == 404)
        {
            return TaskLookupResult.NotFound();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception failure)
        {
            return TaskLookupResult.Failed(failure.Message);
        }
    }

    private static CollectionSendResult Classify(Response response, bool sentMoreThanOnce)
    {
        if (response.Status >= 200 && response.Status < 300)
        {
            BatchTaskAddCollectionResult parsed;
            try
            {
                parsed = BatchClient.ReadBody<BatchTaskAddCollectionResult>(response);
            }
            catch (BatchResponseFormatException unreadable)
            {
                // The service answered 2xx, so it may well have added the tasks.
                return CollectionSendResult.Unknown(response.Status, nameof(BatchResponseFormatException), unreadable.Message);
            }

            return CollectionSendResult.Completed(ToItemResults(parsed), sentMoreThanOnce);
        }

        var error = BatchErrorReader.Read(response, null);
        string code = error.ErrorCode ?? "HTTP" + response.Status.ToString(CultureInfo.InvariantCulture);
        var retryAfter = RetryAfterHeader.Read(response.Headers);
        if (response.Status == 413 || string.Equals(code, BulkErrorCodes.RequestBodyTooLarge, StringComparison.OrdinalIgnoreCase))
        {
            return CollectionSendResult.TooLarge(error.ServiceMessage);
        }

        if (response.Status == 429)
        {
            return CollectionSendResult.Throttled(retryAfter, code, error.ServiceMessage);
        }

        if (response.Status == 408 || response.Status >= 500)
        {
            return CollectionSendResult.Unknown(response.Status, code, error.ServiceMessage, retryAfter);
        }

        return CollectionSendResult.Rejected(response.Status, code, error.ServiceMessage);
    }

    private static List<TaskAddItemResult> ToItemResults(BatchTaskAddCollectionResult parsed)
    {
        var results = new List<TaskAddItemResult>(parsed.Value.Count);
        foreach (var item in parsed.Value)
        {
            if (item.TaskId is null)
            {
                continue;
            }

            var status = item.Status == BatchTaskAddStatus.Success ? TaskAddItemStatus.Success
                : item.Status == BatchTaskAddStatus.ClientError ? TaskAddItemStatus.ClientError
                : TaskAddItemStatus.ServerError;
            results.Add(new TaskAddItemResult(item.TaskId, status, item.Error?.Code, item.Error?.Message?.Value, item.LastModified));
        }

        return results;
    }
}
