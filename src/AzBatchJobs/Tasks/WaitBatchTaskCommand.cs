using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using AzBatchJobs.Client;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Cmdlets;

/// <summary>
/// Wait-BatchTask: waits until the given or piped tasks complete, showing progress, then writes them.
/// Tasks still unfinished at -Timeout are written too, each with a non-terminating timeout error.
/// </summary>
[Cmdlet("Wait", "BatchTask")]
[OutputType(typeof(BatchTask))]
public sealed class WaitBatchTaskCommand : BatchCmdlet
{
    private const string Activity = "Wait-BatchTask";
    private readonly List<(string JobId, string TaskId)> _tasks = new();

    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? JobId { get; set; }

    /// <summary>The ids of the tasks to wait for.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    /// <summary>How long to wait at most; without it, until the tasks complete or Ctrl+C.</summary>
    [Parameter]
    public TimeSpan? Timeout { get; set; }

    /// <summary>Time between checks (default 2 seconds).</summary>
    [Parameter]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    protected override void ProcessRecord()
    {
        foreach (var id in Id!) _tasks.Add((JobId!, id));
    }

    protected override void EndProcessing()
    {
        if (_tasks.Count == 0) return;
        if (PollInterval <= TimeSpan.Zero)
            ThrowTerminatingError(new ErrorRecord(new ArgumentException("PollInterval must be greater than zero.", nameof(PollInterval)), "BatchInvalidPollInterval", ErrorCategory.InvalidArgument, PollInterval));
        var dispatcher = new PipelineDispatcher();
        var client = Client;
        Dictionary<(string, string), BatchTask> final;
        try
        {
            final = Bridge(dispatcher, token => Poll(client, dispatcher, token));
        }
        catch (Exception e) when (BatchErrorMapper.IsBatchFailure(e))
        {
            WriteBatchError(e, JobId);
            return;
        }
        finally
        {
            WriteProgress(new ProgressRecord(1, Activity, "Done") { RecordType = ProgressRecordType.Completed });
        }
        foreach (var key in _tasks.Distinct())
        {
            if (!final.TryGetValue(key, out var task)) continue;
            WriteObject(task);
            if (task.State != BatchTaskState.Completed)
            {
                var target = $"{key.JobId}/{key.TaskId}";
                WriteError(new ErrorRecord(
                    new TimeoutException($"Task '{target}' did not complete within {Timeout}; its state is {task.State}."),
                    "BatchWaitTimeout", ErrorCategory.OperationTimeout, target));
            }
        }
    }

    private async Task<Dictionary<(string, string), BatchTask>> Poll(BatchClient client, PipelineDispatcher dispatcher, CancellationToken token)
    {
        var latest = new Dictionary<(string, string), BatchTask>();
        var pending = _tasks.Distinct().ToList();
        var started = DateTimeOffset.UtcNow;
        while (true)
        {
            foreach (var (jobId, taskId) in pending.ToList())
            {
                var task = (await client.GetTaskAsync(jobId, taskId, cancellationToken: token).ConfigureAwait(false)).Value;
                latest[(jobId, taskId)] = task;
                if (task.State == BatchTaskState.Completed) pending.Remove((jobId, taskId));
            }
            var done = latest.Count - pending.Count;
            var total = _tasks.Distinct().Count();
            dispatcher.Post(() => WriteProgress(new ProgressRecord(1, Activity,
                string.Format(CultureInfo.InvariantCulture, "{0} of {1} tasks completed", done, total)) { PercentComplete = done * 100 / total }));
            if (pending.Count == 0) return latest;
            var elapsed = DateTimeOffset.UtcNow - started;
            if (Timeout is { } limit && elapsed >= limit) return latest;
            var delay = Timeout is { } max && max - elapsed < PollInterval ? max - elapsed : PollInterval;
            await Task.Delay(delay, token).ConfigureAwait(false);
        }
    }
}
