using System;
using Azure.Core;
using AzBatchJobs.Client.Paging;

namespace AzBatchJobs.Client;

public partial class BatchClient
{
    private BatchMessageBuilder Build(RequestMethod method, string operation, BatchRequestOptions? options, ConditionalSupport conditional, params string[] pathSegments) =>
        BatchMessageBuilder.Create(_pipeline, _endpoint, method, operation, options, conditional, pathSegments);

    private BatchPager<T> Pager<T>(BatchListOptions? options, Func<BatchMessageBuilder> firstPage, Action<T>? onItem) =>
        new BatchPager<T>(this, firstPage, nextLink => BatchMessageBuilder.CreateNextPage(_pipeline, _endpoint, nextLink, options?.NetworkTimeout), onItem);

    private static void RejectExpand(BatchListOptions? options, string operation)
    {
        if (options?.Expand is { Length: > 0 })
        {
            throw new ArgumentException($"{operation} does not accept $expand.", "Expand");
        }
    }

    private static void RejectSelect(BatchListOptions? options, string operation)
    {
        if (options?.Select is { Length: > 0 })
        {
            throw new ArgumentException($"{operation} does not accept $select.", "Select");
        }
    }
}
