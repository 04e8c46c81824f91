using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using AzBatchJobs.Client;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Cmdlets;

/// <summary>
/// Wait-BatchTask: waits until the given or piped tasks complete, showing progress, then writes them.
/// Tasks still unfinished at -Timeout are written too, each with a non-terminating timeout error; a task
/// that does not exist gets a TaskNotFound error. Polls by listing each job's unfinished tasks, so a check
/// costs about one request per 1000 tasks.
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

    /// <summary>How long to wait at most: seconds, or a TimeSpan; without it, until the tasks complete or Ctrl+C.</summary>
    [Parameter]
    [SecondsOrTimeSpan]
    public TimeSpan? Timeout { get; set; }

    /// <summary>Time between checks: seconds, or a TimeSpan (default 2 seconds, at least 1).</summary>
    [Parameter]
    [SecondsOrTimeSpan(BatchWaitOptions.MinimumPollIntervalSeconds)]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    protected override void ProcessRecord()
    {
        foreach (var id in Id!) _tasks.Add((JobId!, id));
    }

    protected override void EndProcessing()
    {
        if (_tasks.Count == 0) return;
        var client = Client;
        var dispatcher = new PipelineDispatcher();
        var options = new BatchWaitOptions { PollInterval = PollInterval, Timeout = Timeout };
        var progress = new ForwardingProgress<BatchTasksWaitProgress>(seen => dispatcher.Post(() => WriteProgress(ProgressOf(seen))));
        BatchTasksWaitResult result;
        try
        {
            result = Bridge(dispatcher, token => client.WaitForTasksAsync(_tasks, options, progress, token));
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
        foreach (var (jobId, taskId) in result.NotFound)
        {
            var target = $"{jobId}/{taskId}";
            WriteError(new ErrorRecord(new ItemNotFoundException($"Task '{taskId}' does not exist in job '{jobId}'."),
                "TaskNotFound", ErrorCategory.ObjectNotFound, target));
        }
        foreach (var task in result.Tasks)
        {
            WriteObject(task);
            if (task.State != BatchTaskState.Completed)
            {
                var target = $"{task.JobId}/{task.Id}";
                WriteError(new ErrorRecord(
                    new TimeoutException($"Task '{target}' did not complete within {Timeout}; its state is {task.State}."),
                    "BatchWaitTimeout", ErrorCategory.OperationTimeout, target));
            }
        }
    }

    private static ProgressRecord ProgressOf(BatchTasksWaitProgress seen) =>
        new(1, Activity, string.Format(CultureInfo.InvariantCulture, "{0} of {1} tasks completed", seen.Completed, seen.Total))
        {
            PercentComplete = seen.Total == 0 ? 100 : seen.Completed * 100 / seen.Total,
        };
}
