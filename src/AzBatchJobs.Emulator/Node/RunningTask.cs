namespace AzBatchJobs.Emulator.Node;

/// <summary>Why the node stops a running task's process, which decides what it reports to the store.</summary>
internal enum KillIntent
{
    None,
    /// <summary>The store already moved on (task terminated, deleted or requeued): report nothing.</summary>
    Abandon,
    /// <summary>The job is being disabled with disableTasks=requeue: back to active.</summary>
    Requeue,
    /// <summary>The job is terminating, deleting or disabled with disableTasks=terminate: completed, TaskEnded.</summary>
    Terminate,
    /// <summary>The emulator stops: the task stays running in the store and is requeued at the next start.</summary>
    Shutdown,
}

/// <summary>
/// A task the local node is running: its slots, and the switch that kills its process. The
/// cancellation source has no timer, so it is left to the garbage collector rather than disposed
/// while another thread might still stop it.
/// </summary>
internal sealed class RunningTask
{
    private readonly CancellationTokenSource _kill = new();
    private int _intent;

    public RunningTask(string jobId, string taskId, int slots, bool exclusive = false)
    {
        JobId = jobId;
        TaskId = taskId;
        Slots = slots;
        Exclusive = exclusive;
    }

    public string JobId { get; }
    public string TaskId { get; }
    public int Slots { get; }
    /// <summary>A job manager task with runExclusive: nothing else runs on the node beside it.</summary>
    public bool Exclusive { get; }
    public string Key => JobId + "/" + TaskId;
    public Task Execution { get; set; } = Task.CompletedTask;
    public KillIntent Intent => (KillIntent)Volatile.Read(ref _intent);
    public CancellationToken KillToken => _kill.Token;

    /// <summary>Kills the process; the first intent given is the one reported.</summary>
    public void Stop(KillIntent intent)
    {
        if (Interlocked.CompareExchange(ref _intent, (int)intent, (int)KillIntent.None) == (int)KillIntent.None)
        {
            _kill.Cancel();
        }
    }
}
