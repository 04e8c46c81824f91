using AzBatchJobs.Emulator.Http;
using AzBatchJobs.Emulator.Store;

namespace AzBatchJobs.Emulator.Node;

/// <summary>
/// Which of a job's active tasks a scheduling pass looks at. Always the first window in id order, so
/// that early tasks go first; then, while fewer tasks than wanted could start, further windows from
/// where the previous pass stopped, wrapping round at the end. A task that can run is found however
/// many blocked tasks (waiting on dependencies, or needing more slots than the node has) sort before
/// it, and a pass reads a bounded number of tasks however large the job.
/// </summary>
internal sealed class ActiveTaskScan
{
    private const int WindowsPerPass = 4;
    private readonly BatchStore _store;
    private readonly int _nodeSlots;
    private readonly Dictionary<string, string> _resumeAfter = new(StringComparer.OrdinalIgnoreCase);

    public ActiveTaskScan(BatchStore store, int nodeSlots)
    {
        _store = store;
        _nodeSlots = nodeSlots;
    }

    private int Window => 256 + (4 * _nodeSlots);

    /// <param name="wanted">How many tasks could start at most (the free slots): reading stops once that many are found.</param>
    /// <param name="consider">Sees each task read; returns true when that task could start now.</param>
    public void Scan(string jobId, int wanted, Func<TaskRecord, bool> consider)
    {
        int ready = 0;
        bool FoundEnough(IReadOnlyList<TaskRecord> page)
        {
            foreach (TaskRecord task in page)
            {
                if (consider(task) && ++ready >= wanted)
                {
                    return true;
                }
            }
            return false;
        }

        IReadOnlyList<TaskRecord> page = Read(jobId, "");
        if (FoundEnough(page) || page.Count < Window)
        {
            return;
        }
        string firstWindowEnd = page[^1].Key;
        string after = _resumeAfter.TryGetValue(jobId, out string? resume) && string.CompareOrdinal(resume, firstWindowEnd) > 0
            ? resume : firstWindowEnd;
        for (int window = 1; window < WindowsPerPass; window++)
        {
            page = Read(jobId, after);
            if (FoundEnough(page))
            {
                break; // the tasks found leave the active ones when they start; the next pass reads this window again
            }
            if (page.Count < Window)
            {
                after = firstWindowEnd; // the end: the next pass starts again after the first window
                break;
            }
            after = page[^1].Key;
        }
        _resumeAfter[jobId] = after;
    }

    public void Forget(string jobId) => _resumeAfter.Remove(jobId);

    private IReadOnlyList<TaskRecord> Read(string jobId, string after)
    {
        try
        {
            return _store.ListActiveTasks(jobId, after, Window, _nodeSlots);
        }
        catch (BatchErrorException error) when (error.Status == 404)
        {
            return [];
        }
    }
}
