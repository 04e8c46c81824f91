using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Cmdlets;

/// <summary>
/// Hands piped tasks from the pipeline thread to the bulk engine, which reads them as an async stream.
/// Bounded, so the pipeline waits (pumping the engine's output) instead of holding every task.
/// </summary>
internal sealed class TaskFeed
{
    private readonly object _gate = new();
    private readonly Queue<BatchTaskCreateOptions> _items = new();
    private readonly int _capacity;
    private readonly Action _spaceFreed;
    private TaskCompletionSource<bool>? _itemArrived;
    private bool _producerWaiting;
    private bool _completed;

    /// <param name="capacity">Tasks held at most.</param>
    /// <param name="spaceFreed">Called (on the engine's side) when a producer that found the feed full may add again.</param>
    public TaskFeed(int capacity, Action spaceFreed)
    {
        if (capacity < 1) throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "The capacity must be at least 1.");
        _capacity = capacity;
        _spaceFreed = spaceFreed;
    }

    /// <summary>Adds a task unless the feed is full; when it is, spaceFreed is called once there is room again.</summary>
    public bool TryAdd(BatchTaskCreateOptions task)
    {
        TaskCompletionSource<bool>? arrived;
        lock (_gate)
        {
            if (_completed) throw new InvalidOperationException("The feed was completed; no more tasks can be added.");
            if (_items.Count >= _capacity)
            {
                _producerWaiting = true;
                return false;
            }
            _items.Enqueue(task);
            arrived = _itemArrived;
            _itemArrived = null;
        }
        arrived?.TrySetResult(true);
        return true;
    }

    /// <summary>Tasks added but not (yet) read by the engine: after a stop, these were never submitted.</summary>
    public int Unread
    {
        get
        {
            lock (_gate) return _items.Count;
        }
    }

    /// <summary>No more tasks: the stream ends once the engine has read those already added.</summary>
    public void Complete()
    {
        TaskCompletionSource<bool>? arrived;
        lock (_gate)
        {
            _completed = true;
            arrived = _itemArrived;
            _itemArrived = null;
        }
        arrived?.TrySetResult(true);
    }

    /// <summary>No more tasks, and those not read yet are dropped (never submitted): returns how many were dropped.</summary>
    public int Discard()
    {
        TaskCompletionSource<bool>? arrived;
        int dropped;
        lock (_gate)
        {
            dropped = _items.Count;
            _items.Clear();
            _completed = true;
            arrived = _itemArrived;
            _itemArrived = null;
        }
        arrived?.TrySetResult(true);
        return dropped;
    }

    /// <summary>The tasks, as they are added; ends when the feed is completed or the token is cancelled.</summary>
    public async IAsyncEnumerable<BatchTaskCreateOptions> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            BatchTaskCreateOptions? item = null;
            Task? wait = null;
            var wakeProducer = false;
            var ended = false;
            lock (_gate)
            {
                if (_items.Count > 0)
                {
                    item = _items.Dequeue();
                    wakeProducer = _producerWaiting;
                    _producerWaiting = false;
                }
                else if (_completed)
                {
                    ended = true;
                }
                else
                {
                    _itemArrived = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
                    wait = _itemArrived.Task;
                }
            }
            if (ended) yield break;
            if (wakeProducer) _spaceFreed();
            if (item is not null)
            {
                yield return item;
                continue;
            }
            var cancelled = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            using (cancellationToken.Register(() => cancelled.TrySetResult(true)))
            {
                await Task.WhenAny(wait!, cancelled.Task).ConfigureAwait(false);
            }
        }
    }
}
