using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using AzBatchJobs.Client;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Cmdlets;

/// <summary>
/// Wait-BatchJob: waits until none of a job's tasks is active or running (or, with -UntilCompleted, until the
/// job itself has completed), showing progress and warning when the job cannot make progress, then writes the
/// job's state and task counts. At -Timeout it writes them with a timeout error.
/// </summary>
[Cmdlet("Wait", "BatchJob", DefaultParameterSetName = IdSet)]
[OutputType(typeof(BatchJobWaitResult))]
public sealed class WaitBatchJobCommand : BatchJobTargetCmdlet
{
    private const string Activity = "Wait-BatchJob";

    /// <summary>Wait until the job itself has completed (terminated by its onAllTasksComplete, its job manager, Stop-BatchJob or a constraint).</summary>
    [Parameter]
    public SwitchParameter UntilCompleted { get; set; }

    /// <summary>How long to wait at most: seconds, or a TimeSpan; without it, until done or Ctrl+C.</summary>
    [Parameter]
    [SecondsOrTimeSpan]
    public TimeSpan? Timeout { get; set; }

    /// <summary>Time between checks: seconds, or a TimeSpan (default 2 seconds, at least 1).</summary>
    [Parameter]
    [SecondsOrTimeSpan(BatchWaitOptions.MinimumPollIntervalSeconds)]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    protected override void ProcessRecord()
    {
        var jobId = JobId;
        var client = Client;
        var dispatcher = new PipelineDispatcher();
        var options = new BatchWaitOptions { PollInterval = PollInterval, Timeout = Timeout };
        var warned = new HashSet<string>();
        var progress = new ForwardingProgress<BatchJobWaitResult>(seen => dispatcher.Post(() => Report(seen, warned)));
        BatchJobWaitResult result;
        try
        {
            result = Bridge(dispatcher, token => UntilCompleted
                ? client.WaitForJobCompletionAsync(jobId, options, progress, token)
                : client.WaitForJobTasksAsync(jobId, options, progress, token));
        }
        catch (Exception e) when (BatchErrorMapper.IsBatchFailure(e))
        {
            WriteBatchError(e, jobId);
            return;
        }
        finally
        {
            WriteProgress(new ProgressRecord(1, Activity, "Done") { RecordType = ProgressRecordType.Completed });
        }
        WriteObject(result);
        if (result.TimedOut)
        {
            var waitedFor = UntilCompleted
                ? $"is {result.State}, not completed,"
                : $"still has {result.TaskCounts?.Active} active and {result.TaskCounts?.Running} running tasks";
            WriteError(new ErrorRecord(new TimeoutException($"Job '{jobId}' {waitedFor} after {Timeout}."),
                "BatchWaitTimeout", ErrorCategory.OperationTimeout, jobId));
        }
    }

    private void Report(BatchJobWaitResult seen, HashSet<string> warned)
    {
        foreach (var warning in seen.Warnings)
        {
            if (warned.Add(warning)) WriteWarning(warning);
        }
        WriteProgress(ProgressOf(seen));
    }

    private static ProgressRecord ProgressOf(BatchJobWaitResult seen)
    {
        var counts = seen.TaskCounts ?? new BatchTaskCounts();
        var (active, running, completed) = (counts.Active ?? 0, counts.Running ?? 0, counts.Completed ?? 0);
        var total = active + running + completed;
        return new ProgressRecord(1, Activity, string.Format(CultureInfo.InvariantCulture,
            "Job {0} ({1}): {2} active, {3} running, {4} completed", seen.JobId, seen.State, active, running, completed))
        {
            PercentComplete = total == 0 ? 0 : completed * 100 / total,
        };
    }
}
