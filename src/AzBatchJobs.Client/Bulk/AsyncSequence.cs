using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace AzBatchJobs.Client.Bulk;

/// <summary>The two async-sequence helpers the engine needs (netstandard2.0 has no System.Linq.Async).</summary>
internal static class AsyncSequence
{
    public static async IAsyncEnumerable<T> From<T>(IEnumerable<T> source, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var item in source)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return item;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    public static async IAsyncEnumerable<TResult> Select<T, TResult>(IAsyncEnumerable<T> source, Func<T, TResult> map,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return map(item);
        }
    }
}
