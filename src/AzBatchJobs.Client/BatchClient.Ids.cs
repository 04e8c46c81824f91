using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Azure;

namespace AzBatchJobs.Client;

public partial class BatchClient
{
    /// <summary>
    /// Up to <paramref name="maxCount"/> job ids that start with <paramref name="prefix"/>, from one bounded
    /// request ($select=id, $filter=startswith(id,...), maxresults): what tab completion needs, and no more.
    /// A prefix no id can start with gives an empty list without a request.
    /// </summary>
    public virtual Task<IReadOnlyList<string>> GetJobIdsAsync(string? prefix, int maxCount, CancellationToken cancellationToken = default) =>
        FirstIdsAsync(prefix, maxCount, options => GetJobsAsync(options, cancellationToken), job => job.Id);

    /// <summary>Up to <paramref name="maxCount"/> ids of the job's tasks that start with <paramref name="prefix"/>, as <see cref="GetJobIdsAsync"/>.</summary>
    public virtual Task<IReadOnlyList<string>> GetTaskIdsAsync(string jobId, string? prefix, int maxCount, CancellationToken cancellationToken = default) =>
        FirstIdsAsync(prefix, maxCount, options => GetTasksAsync(jobId, options, cancellationToken), task => task.Id);

    private static async Task<IReadOnlyList<string>> FirstIdsAsync<T>(string? prefix, int maxCount, Func<BatchListOptions, AsyncPageable<T>> list, Func<T, string?> id)
        where T : notnull
    {
        if (maxCount < 1 || maxCount > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(maxCount), maxCount, "maxCount must be between 1 and 1000 (one page).");
        }
        var ids = new List<string>();
        if (!string.IsNullOrEmpty(prefix) && !prefix!.All(BatchInputValidator.IsIdCharacter))
        {
            return ids;
        }
        var options = new BatchListOptions
        {
            Filter = string.IsNullOrEmpty(prefix) ? null : $"startswith(id,'{prefix}')",
            Select = new[] { "id" },
            MaxResults = maxCount,
        };
        // Only the first page: enumeration stops before a next page would be requested.
        await foreach (var page in list(options).AsPages(pageSizeHint: maxCount).ConfigureAwait(false))
        {
            ids.AddRange(page.Values.Select(id).Where(i => !string.IsNullOrEmpty(i)).Take(maxCount)!);
            break;
        }
        return ids;
    }
}
