using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
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
    [ArgumentCompleter(typeof(JobIdCompleter))]
    public string? JobId { get; set; }

    /// <summary>The ids of the tasks to wait for.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(TaskIdCompleter))]
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
        var client = Client;
        var dispatcher = new PipelineDispatcher();
        var options = new BatchWaitOptions { PollInterval = PollInterval, Timeout = Timeout };
        var progress = new ForwardingProgress<IReadOnlyList<BatchTask>>(read => dispatcher.Post(() => WriteProgress(ProgressOf(read))));
        IReadOnlyList<BatchTask> final;
        try
        {
            final = Bridge(dispatcher, token => client.WaitForTasksAsync(_tasks, options, progress, token));
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
        foreach (var task in final)
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

    private static ProgressRecord ProgressOf(IReadOnlyList<BatchTask> read)
    {
        var done = read.Count(t => t.State == BatchTaskState.Completed);
        return new ProgressRecord(1, Activity, string.Format(CultureInfo.InvariantCulture, "{0} of {1} tasks completed", done, read.Count))
        {
            PercentComplete = done * 100 / read.Count,
        };
    }
}
