using System.Collections.Generic;
using System.Threading;
using Azure;

namespace AzBatchJobs.Client.Paging;

/// <summary>Lazy synchronous list: a page is requested only when enumeration reaches it.</summary>
internal sealed class BatchPageable<T> : Pageable<T> where T : notnull
{
    private readonly BatchPager<T> _pager;

    public BatchPageable(BatchPager<T> pager, CancellationToken cancellationToken)
        : base(cancellationToken)
    {
        _pager = pager;
    }

    public override IEnumerable<Page<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
    {
        var nextLink = continuationToken;
        do
        {
            var page = _pager.GetPageAsync(nextLink, async: false, CancellationToken).EnsureCompleted();
            nextLink = page.ContinuationToken;
            yield return page;
        }
        while (nextLink is not null);
    }
}
