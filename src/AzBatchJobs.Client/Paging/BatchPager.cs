using System;
using System.Threading;
using System.Threading.Tasks;
using Azure;

namespace AzBatchJobs.Client.Paging;

/// <summary>Fetches one page of a Batch list: the first from the operation's request, the rest from odata.nextLink.</summary>
internal sealed class BatchPager<T>
{
    private readonly BatchClient _client;
    private readonly Func<BatchMessageBuilder> _firstPage;
    private readonly Func<string, BatchMessageBuilder> _nextPage;
    private readonly Action<T>? _onItem;

    public BatchPager(BatchClient client, Func<BatchMessageBuilder> firstPage, Func<string, BatchMessageBuilder> nextPage, Action<T>? onItem)
    {
        _client = client;
        _firstPage = firstPage;
        _nextPage = nextPage;
        _onItem = onItem;
    }

    public async ValueTask<Page<T>> GetPageAsync(string? nextLink, bool async, CancellationToken cancellationToken)
    {
        var builder = nextLink is null ? _firstPage() : _nextPage(nextLink);
        using var message = builder.Message;
        var response = await _client.SendAsync(builder, async, cancellationToken).ConfigureAwait(false);
        var page = BatchClient.ReadBody<BatchListPage<T>>(response);
        var items = page.Value ?? new System.Collections.Generic.List<T>();
        if (_onItem is not null)
        {
            foreach (var item in items)
            {
                _onItem(item);
            }
        }
        return Page<T>.FromValues(items, string.IsNullOrEmpty(page.NextLink) ? null : page.NextLink, response);
    }
}
