using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using AzBatchJobs.Client.Models;
using AzBatchJobs.Client.Paging;

namespace AzBatchJobs.Client.Bulk;

/// <summary>The engine's seam over a real <see cref="BatchClient"/>: each call is one attempt through the
/// client's pipeline (authentication, timeouts, logging; no pipeline retries), classified for the engine.</summary>
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
            message = await client.SendTaskCollectionBodyOnceAsync(jobId, body, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception transportFailure)
        {
            return TransportFailure.ProvesNothingSent(transportFailure)
                ? CollectionSendResult.NotSent(transportFailure.Message)
                : CollectionSendResult.Unknown(0, transportFailure.GetType().Name, transportFailure.Message);
        }

        using (message)
        {
            // Only a custom retry policy could have resent it; then an earlier copy may have been committed.
            return Classify(message.Response, message.ProcessingContext.RetryNumber > 0);
        }
    }

    public async Task<TaskQueryResult> ListTasksAsync(string jobId, IReadOnlyList<string> taskIds, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, DateTimeOffset?>(StringComparer.OrdinalIgnoreCase);
        DateTimeOffset? serviceTime = null;
        string? nextLink = null;
        do
        {
            var page = nextLink is null
                ? await QueryAsync(token => client.ListTaskCreationTimesOnceAsync(jobId, TaskIdFilter.For(taskIds), token), cancellationToken).ConfigureAwait(false)
                : await QueryAsync(token => client.GetNextPageOnceAsync(nextLink, token), cancellationToken).ConfigureAwait(false);
            if (page.Result != null)
            {
                return page.Result;
            }

            using (page.Message)
            {
                var response = page.Message!.Response;
                serviceTime = response.Headers.Date;
                BatchListPage<BatchTask> listed;
                try
                {
                    listed = BatchClient.ReadBody<BatchListPage<BatchTask>>(response);
                }
                catch (BatchResponseFormatException unreadable)
                {
                    return TaskQueryResult.Failed(response.Status, unreadable.Message, retriable: true);
                }

                foreach (var task in listed.Value ?? new List<BatchTask>())
                {
                    if (task.Id != null)
                    {
                        found[task.Id] = task.CreationTime;
                    }
                }

                nextLink = string.IsNullOrEmpty(listed.NextLink) ? null : listed.NextLink;
            }
        }
        while (nextLink != null);

        return TaskQueryResult.Listed(found, serviceTime);
    }

    public async Task<TaskQueryResult> GetTaskAsync(string jobId, string taskId, CancellationToken cancellationToken)
    {
        var answer = await QueryAsync(token => client.GetTaskCreationTimeOnceAsync(jobId, taskId, token), cancellationToken, notFoundIsAnswer: true)
            .ConfigureAwait(false);
        if (answer.Result != null)
        {
            return answer.Result;
        }

        using (answer.Message)
        {
            var response = answer.Message!.Response;
            var found = new Dictionary<string, DateTimeOffset?>(StringComparer.OrdinalIgnoreCase);
            try
            {
                var task = BatchClient.ReadBody<BatchTask>(response);
                found[task.Id ?? taskId] = task.CreationTime;
            }
            catch (BatchResponseFormatException unreadable)
            {
                return TaskQueryResult.Failed(response.Status, unreadable.Message, retriable: true);
            }

            return TaskQueryResult.Listed(found, response.Headers.Date);
        }
    }

    /// <summary>Sends one query attempt. A 2xx comes back as the message to read; anything else as its
    /// result: a classified failure, or (when asked) TaskNotFound as an answer that found nothing.</summary>
    private static async Task<(HttpMessage? Message, TaskQueryResult? Result)> QueryAsync(
        Func<CancellationToken, Task<HttpMessage>> send, CancellationToken cancellationToken, bool notFoundIsAnswer = false)
    {
        HttpMessage message;
        try
        {
            message = await send(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception transportFailure)
        {
            return (null, TaskQueryResult.Failed(0, transportFailure.Message, retriable: true));
        }

        var response = message.Response;
        if (response.Status >= 200 && response.Status < 300)
        {
            return (message, null);
        }

        using (message)
        {
            var error = BatchErrorReader.Read(response, null);
            if (notFoundIsAnswer && response.Status == 404 && string.Equals(error.ErrorCode, "TaskNotFound", StringComparison.OrdinalIgnoreCase))
            {
                return (null, TaskQueryResult.Listed(new Dictionary<string, DateTimeOffset?>(), response.Headers.Date));
            }

            bool retriable = response.Status == 408 || response.Status == 429 || response.Status >= 500;
            return (null, TaskQueryResult.Failed(response.Status, Describe(error), retriable, RetryAfterHeader.Read(response.Headers)));
        }
    }

    private static string Describe(BatchServiceException error) =>
        error.ErrorCode is null ? error.Message : error.ErrorCode + ": " + error.Message;

    private static CollectionSendResult Classify(Response response, bool sentMoreThanOnce)
    {
        if (response.Status >= 200 && response.Status < 300)
        {
            List<TaskAddItemResult> results;
            try
            {
                results = TaskAddResultReader.Read(response.Content.ToMemory().Span);
            }
            catch (Exception malformed) when (malformed is JsonException || malformed is InvalidOperationException)
            {
                // The service answered 2xx, so it may well have added the tasks.
                var unreadable = new BatchResponseFormatException(nameof(BatchTaskAddCollectionResult), response, malformed);
                return CollectionSendResult.Unknown(response.Status, nameof(BatchResponseFormatException), unreadable.Message);
            }

            return CollectionSendResult.Completed(results, sentMoreThanOnce);
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
}
