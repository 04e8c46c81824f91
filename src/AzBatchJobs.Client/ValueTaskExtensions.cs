using System;
using System.Threading.Tasks;

namespace AzBatchJobs.Client;

internal static class ValueTaskExtensions
{
    /// <summary>Unwraps a ValueTask that ran with async: false, so it completed synchronously.</summary>
    public static T EnsureCompleted<T>(this ValueTask<T> task)
    {
        if (!task.IsCompleted)
        {
            throw new InvalidOperationException("A synchronous Batch call did not complete synchronously.");
        }
        return task.GetAwaiter().GetResult();
    }
}
