using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using AzBatchJobs.Client;
using AzBatchJobs.Cmdlets;

namespace AzBatchJobs;

/// <summary>
/// A Get- cmdlet whose -Id takes wildcards: a plain id is read by itself (missing is an error); a pattern lists
/// by its literal prefix on the service and matches the rest here (matching nothing is no error).
/// </summary>
public abstract class BatchIdPatternCmdlet : BatchCmdlet
{
    private protected void WriteByIdOrPattern<T>(string id, string[]? select, string[]? expand,
        Func<BatchClient, CancellationToken, Task<T>> get,
        Func<BatchClient, BatchListOptions, CancellationToken, IAsyncEnumerable<T>> list,
        Func<T, string?> idOf)
    {
        if (JobIdPattern.TryCreate(id) is not { } pattern)
        {
            if (TryCall(id, get, out var item)) WriteObject(item);
            return;
        }
        var options = pattern.ListOptions(select, expand);
        try
        {
            Stream((client, token) => list(client, options, token), item =>
            {
                if (pattern.IsMatch(idOf(item))) WriteObject(item);
            });
        }
        catch (Exception e) when (BatchErrorMapper.IsBatchFailure(e))
        {
            WriteBatchError(e, id);
        }
    }
}
