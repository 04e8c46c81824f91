using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace AzBatchJobs;

/// <summary>
/// Runs one piece of async client work off the pipeline thread while the pipeline thread executes
/// what the work posts back (output, verbose, progress): PowerShell allows Write* only there.
/// </summary>
internal sealed class PipelineDispatcher
{
    // Bounded so a fast listing cannot outrun a slow pipeline by more than this many items.
    private const int Capacity = 1024;
    private readonly BlockingCollection<Action> _queue = new(Capacity);

    /// <summary>Queues an action for the pipeline thread; ignored once the work has finished.</summary>
    public void Post(Action action)
    {
        try
        {
            _queue.Add(action);
        }
        catch (InvalidOperationException)
        {
            // The work completed; nothing is listening any more.
        }
    }

    public T Run<T>(Func<CancellationToken, Task<T>> work, CancellationTokenSource cancellation)
    {
        var task = Task.Run(async () =>
        {
            try
            {
                return await work(cancellation.Token).ConfigureAwait(false);
            }
            finally
            {
                _queue.CompleteAdding();
            }
        });
        try
        {
            foreach (var action in _queue.GetConsumingEnumerable()) action();
        }
        catch
        {
            // The pipeline refused an item (stopped, or -ErrorAction Stop): stop the work, then report the pipeline's reason.
            cancellation.Cancel();
            try
            {
                task.Wait();
            }
            catch (AggregateException)
            {
            }
            throw;
        }
        return task.GetAwaiter().GetResult();
    }
}
