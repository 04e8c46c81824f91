using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace AzBatchJobs.Client.Bulk;

/// <summary>A bounded hand-over of outcomes from the engine's workers to the one consumer, so a slow
/// consumer slows the submission instead of letting outcomes pile up.</summary>
internal sealed class OutcomeQueue<T>
{
    private readonly object gate = new object();
    private readonly Queue<T> items = new Queue<T>();
    private readonly SemaphoreSlim freeSlots;
    private readonly SemaphoreSlim filledSlots = new SemaphoreSlim(0);
    private readonly CancellationTokenSource abandoned = new CancellationTokenSource();
    private bool completed;

    public OutcomeQueue(int capacity)
    {
        freeSlots = new SemaphoreSlim(capacity);
    }

    /// <summary>Waits for room, then adds the item. After Abandon, drops it.</summary>
    public async Task AddAsync(T item)
    {
        try
        {
            await freeSlots.WaitAsync(abandoned.Token).ConfigureAwait(false);
        }
        catch (System.OperationCanceledException)
        {
            return;
        }

        lock (gate)
        {
            items.Enqueue(item);
        }

        filledSlots.Release();
    }

    /// <summary>No more items will be added.</summary>
    public void Complete()
    {
        lock (gate)
        {
            completed = true;
        }

        filledSlots.Release();
    }

    /// <summary>The consumer has gone: stop blocking producers.</summary>
    public void Abandon() => abandoned.Cancel();

    /// <summary>The next item, or false once the queue is complete and empty. Without waiting (and without
    /// allocating) when one is ready, as it usually is: outcomes arrive a request's worth at a time.</summary>
    public ValueTask<(bool Ok, T Item)> TakeAsync() =>
        filledSlots.Wait(0) ? new ValueTask<(bool Ok, T Item)>(TakeFilled()) : new ValueTask<(bool Ok, T Item)>(WaitAndTakeAsync());

    private async Task<(bool Ok, T Item)> WaitAndTakeAsync()
    {
        await filledSlots.WaitAsync().ConfigureAwait(false);
        return TakeFilled();
    }

    private (bool Ok, T Item) TakeFilled()
    {
        lock (gate)
        {
            if (items.Count > 0)
            {
                var item = items.Dequeue();
                freeSlots.Release();
                return (true, item);
            }

            // Only the completion permit is left; leave it for any further call.
            if (completed)
            {
                filledSlots.Release();
            }

            return (false, default!);
        }
    }
}
