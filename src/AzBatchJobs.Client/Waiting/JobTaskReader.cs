using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Client;

/// <summary>
/// Reads the tasks waited for in one job with as few requests as it can: one GET per task while that
/// is fewer requests than listing the job's tasks (1000 a page, counted from the job's task counts),
/// else that listing, with $filter and $select while polling.
/// </summary>
internal sealed class JobTaskReader
{
    private const int PageSize = 1000;
    private const string NotCompleted = "state ne 'completed'";
    private static readonly string[] IdAndState = { "id", "state" };

    private readonly BatchClient _client;
    private readonly string _jobId;
    private readonly IReadOnlyList<string> _taskIds;
    private readonly HashSet<string> _pending;

    public JobTaskReader(BatchClient client, string jobId, IEnumerable<string> taskIds)
    {
        _client = client;
        _jobId = jobId;
        _taskIds = taskIds.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        _pending = new HashSet<string>(_taskIds, StringComparer.OrdinalIgnoreCase);
    }

    public string JobId => _jobId;

    public int Total => _taskIds.Count;

    /// <summary>Tasks not yet seen completed (or gone).</summary>
    public int Pending => _pending.Count;

    /// <summary>One check: drops the tasks that have completed (or do not exist) from the pending ones.</summary>
    public async Task PollAsync(CancellationToken cancellationToken)
    {
        if (_pending.Count == 0) return;
        if (_pending.Count == 1 || _pending.Count <= await PagesAsync(c => (c.Active ?? 0) + (c.Running ?? 0), cancellationToken).ConfigureAwait(false))
        {
            foreach (var taskId in _pending.ToList())
            {
                var task = await TryGetAsync(taskId, IdAndState, cancellationToken).ConfigureAwait(false);
                if (task is null || task.State == BatchTaskState.Completed) _pending.Remove(taskId);
            }
            return;
        }
        var unfinished = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var listing = new BatchListOptions { Filter = NotCompleted, Select = IdAndState, MaxResults = PageSize };
        await foreach (var task in _client.GetTasksAsync(_jobId, listing, cancellationToken).ConfigureAwait(false))
            unfinished.Add(task.Id ?? "");
        _pending.IntersectWith(unfinished);
    }

    /// <summary>The full last read of each task, in the order given; the ids of those that do not exist go to <paramref name="notFound"/>.</summary>
    public async Task<IReadOnlyList<BatchTask>> ReadAsync(ICollection<string> notFound, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, BatchTask>(StringComparer.OrdinalIgnoreCase);
        if (_taskIds.Count <= await PagesAsync(c => (c.Active ?? 0) + (c.Running ?? 0) + (c.Completed ?? 0), cancellationToken).ConfigureAwait(false))
        {
            foreach (var taskId in _taskIds)
            {
                if (await TryGetAsync(taskId, null, cancellationToken).ConfigureAwait(false) is { } task) found[taskId] = task;
            }
        }
        else
        {
            var wanted = new HashSet<string>(_taskIds, StringComparer.OrdinalIgnoreCase);
            await foreach (var task in _client.GetTasksAsync(_jobId, new BatchListOptions { MaxResults = PageSize }, cancellationToken).ConfigureAwait(false))
            {
                if (task.Id is not null && wanted.Contains(task.Id)) found[task.Id] = task;
            }
        }
        foreach (var taskId in _taskIds.Where(id => !found.ContainsKey(id))) notFound.Add(taskId);
        return _taskIds.Where(found.ContainsKey).Select(id => found[id]).ToList();
    }

    private async Task<int> PagesAsync(Func<BatchTaskCounts, int> tasks, CancellationToken cancellationToken)
    {
        var counts = (await _client.GetJobTaskCountsAsync(_jobId, cancellationToken: cancellationToken).ConfigureAwait(false)).Value.TaskCounts ?? new BatchTaskCounts();
        return Math.Max(1, (tasks(counts) + PageSize - 1) / PageSize);
    }

    private async Task<BatchTask?> TryGetAsync(string taskId, string[]? select, CancellationToken cancellationToken)
    {
        try
        {
            return (await _client.GetTaskAsync(_jobId, taskId, select, cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (BatchServiceException e) when (e.ErrorCode == "TaskNotFound")
        {
            return null;
        }
    }
}
