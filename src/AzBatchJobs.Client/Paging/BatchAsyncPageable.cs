using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Azure;

namespace AzBatchJobs.Client.Paging;

/// <summary>Lazy async list: a page is requested only when enumeration reaches it.</summary>
internal sealed class BatchAsyncPageable<T> : AsyncPageable<T> where T : notnull
{
    private readonly BatchPager<T> _pager;

    public BatchAsyncPageable(BatchPager<T> pager, CancellationToken cancellationToken)
        : base(cancellationToken)
    {
        _pager = pager;
    }

    public override async IAsyncEnumerable<Page<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
    {
        var nextLink = continuationToken;
        do
        {
            var page = await _pager.GetPageAsync(nextLink, async: true, CancellationToken).ConfigureAwait(false);
            nextLink = page.ContinuationToken;
            yield return page;
        }
        while (nextLink is not null);
    }
}
