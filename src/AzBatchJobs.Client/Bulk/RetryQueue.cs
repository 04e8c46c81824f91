using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace AzBatchJobs.Client.Bulk;

/// <summary>Tasks waiting to be sent again, each until its own moment. Due tasks are packed into new
/// requests together, whichever requests they came from, so retries cost few requests: a request that
/// would not be full waits until its first task has been due for the gathering time, for others to join.</summary>
internal sealed class RetryQueue
{
    private readonly object gate = new object();
    private readonly SortedDictionary<TimeSpan, Queue<PendingTask>> byDueTime = new SortedDictionary<TimeSpan, Queue<PendingTask>>();
    private readonly Func<TimeSpan> clock;
    private readonly TimeSpan gather;
    private TaskCompletionSource<bool> changed = Signals.New();
    private int count;
    private long bytes;

    public RetryQueue(Func<TimeSpan> clock, TimeSpan gather)
    {
        this.clock = clock;
        this.gather = gather;
    }

    public int Count
    {
        get
        {
            lock (gate)
            {
                return count;
            }
        }
    }

    public long Bytes
    {
        get
        {
            lock (gate)
            {
                return bytes;
            }
        }
    }

    public void Add(IEnumerable<PendingTask> tasks, TimeSpan delay)
    {
        TaskCompletionSource<bool> wake;
        lock (gate)
        {
            var due = clock() + delay;
            if (!byDueTime.TryGetValue(due, out var queue))
            {
                queue = new Queue<PendingTask>();
                byDueTime.Add(due, queue);
            }

            foreach (var task in tasks)
            {
                queue.Enqueue(task);
                count++;
                bytes += task.Json.Length;
            }

            wake = Signal();
        }

        wake.TrySetResult(true);
    }

    /// <summary>Packs due tasks, earliest first, as far as the packer takes them: a full request at once, a
    /// partial one after the gathering time. Empty when none is ready.</summary>
    public List<PendingTask> TakeDue(RequestPacker packer)
    {
        TaskCompletionSource<bool> wake;
        lock (gate)
        {
            var now = clock();
            if (byDueTime.Count == 0 || (First().Key + gather > now && DueCount(now) < packer.MaxTasks))
            {
                return packer.TakeBatch();
            }

            while (byDueTime.Count > 0)
            {
                var first = First();
                if (first.Key > now)
                {
                    break;
                }

                var queue = first.Value;
                while (queue.Count > 0 && packer.HasRoomFor(queue.Peek().Json.Length) && !packer.IsFull)
                {
                    Take(queue, packer);
                }

                if (queue.Count > 0)
                {
                    break;
                }

                byDueTime.Remove(first.Key);
            }

            wake = Signal();
        }

        wake.TrySetResult(true);
        return packer.TakeBatch();
    }

    /// <summary>Takes every task, due or not (the submission is stopping).</summary>
    public List<PendingTask> TakeAll()
    {
        var all = new List<PendingTask>();
        TaskCompletionSource<bool> wake;
        lock (gate)
        {
            foreach (var queue in byDueTime.Values)
            {
                all.AddRange(queue);
            }

            byDueTime.Clear();
            count = 0;
            bytes = 0;
            wake = Signal();
        }

        wake.TrySetResult(true);
        return all;
    }

    /// <summary>Completes when a partial request may have gathered long enough, or the queue changed.</summary>
    public Task WhenChangedOrDue(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (byDueTime.Count == 0)
            {
                return changed.Task;
            }

            var wait = First().Key + gather - clock();
            return wait <= TimeSpan.Zero
                ? Task.CompletedTask
                : Task.WhenAny(changed.Task, Task.Delay(wait, cancellationToken));
        }
    }

    /// <summary>Completes when the queue changed (tasks were taken or added).</summary>
    public Task WhenChanged()
    {
        lock (gate)
        {
            return changed.Task;
        }
    }

    private int DueCount(TimeSpan now)
    {
        int due = 0;
        foreach (var entry in byDueTime)
        {
            if (entry.Key > now)
            {
                break;
            }

            due += entry.Value.Count;
        }

        return due;
    }

    private KeyValuePair<TimeSpan, Queue<PendingTask>> First()
    {
        using var enumerator = byDueTime.GetEnumerator();
        enumerator.MoveNext();
        return enumerator.Current;
    }

    private void Take(Queue<PendingTask> queue, RequestPacker packer)
    {
        var task = queue.Dequeue();
        count--;
        bytes -= task.Json.Length;
        packer.Add(task);
    }

    private TaskCompletionSource<bool> Signal()
    {
        var old = changed;
        changed = Signals.New();
        return old;
    }
}
