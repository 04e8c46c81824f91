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
    private CancellationTokenSource? _cancellation;
    private Task? _work;

    /// <summary>Queues an action for the pipeline thread; dropped once the work has finished or was cancelled.</summary>
    public void Post(Action action)
    {
        try
        {
            _queue.Add(action, _cancellation?.Token ?? CancellationToken.None);
        }
        catch (OperationCanceledException)
        {
            // Stopping: the pipeline thread no longer takes output, and must not wait for a full queue.
        }
        catch (InvalidOperationException)
        {
            // The work completed; nothing is listening any more.
        }
    }

    /// <summary>Runs the work and executes its posted actions on this (the pipeline) thread until it ends.</summary>
    public T Run<T>(Func<CancellationToken, Task<T>> work, CancellationTokenSource cancellation)
    {
        var task = Start(work, cancellation);
        PumpToEnd();
        return task.GetAwaiter().GetResult();
    }

    /// <summary>Starts the work in the background; the caller then pumps its actions.</summary>
    public Task<T> Start<T>(Func<CancellationToken, Task<T>> work, CancellationTokenSource cancellation)
    {
        if (_work is not null) throw new InvalidOperationException("The dispatcher runs one piece of work.");
        _cancellation = cancellation;
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
        _work = task;
        return task;
    }

    /// <summary>Executes posted actions until the work has ended and every action ran.</summary>
    public void PumpToEnd()
    {
        while (PumpOne())
        {
        }
    }

    /// <summary>Waits for the next posted action and executes it; false once the work has ended and every action ran.</summary>
    public bool PumpOne()
    {
        Action action;
        try
        {
            action = _queue.Take();
        }
        catch (InvalidOperationException)
        {
            return false;
        }
        Execute(action);
        return true;
    }

    /// <summary>Executes the actions posted so far, without waiting for more.</summary>
    public void PumpPending()
    {
        while (_queue.TryTake(out var action)) Execute(action);
    }

    private void Execute(Action action)
    {
        try
        {
            action();
        }
        catch
        {
            // The pipeline refused an item (stopped, or -ErrorAction Stop): stop the work, then report the pipeline's reason.
            _cancellation?.Cancel();
            try
            {
                _work?.Wait();
            }
            catch (AggregateException)
            {
            }
            throw;
        }
    }
}
