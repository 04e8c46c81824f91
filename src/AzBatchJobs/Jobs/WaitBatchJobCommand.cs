using System;
using System.Globalization;
using System.Management.Automation;
using AzBatchJobs.Client;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Cmdlets;

/// <summary>
/// Wait-BatchJob: waits until none of a job's tasks is active or running, showing progress, then
/// writes the job's state and task counts. At -Timeout it writes them with a timeout error.
/// </summary>
[Cmdlet("Wait", "BatchJob", DefaultParameterSetName = IdSet)]
[OutputType(typeof(BatchJobWaitResult))]
public sealed class WaitBatchJobCommand : BatchJobTargetCmdlet
{
    private const string Activity = "Wait-BatchJob";

    /// <summary>How long to wait at most; without it, until the tasks complete or Ctrl+C.</summary>
    [Parameter]
    public TimeSpan? Timeout { get; set; }

    /// <summary>Time between checks (default 2 seconds).</summary>
    [Parameter]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    protected override void ProcessRecord()
    {
        var jobId = JobId;
        var client = Client;
        var dispatcher = new PipelineDispatcher();
        var options = new BatchWaitOptions { PollInterval = PollInterval, Timeout = Timeout };
        var progress = new ForwardingProgress<BatchTaskCounts>(counts => dispatcher.Post(() => WriteProgress(ProgressOf(jobId, counts))));
        BatchJobWaitResult result;
        try
        {
            result = Bridge(dispatcher, token => client.WaitForJobTasksAsync(jobId, options, progress, token));
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
        if (!result.TasksCompleted)
        {
            WriteError(new ErrorRecord(
                new TimeoutException($"Job '{jobId}' still has {result.TaskCounts?.Active} active and {result.TaskCounts?.Running} running tasks after {Timeout}."),
                "BatchWaitTimeout", ErrorCategory.OperationTimeout, jobId));
        }
    }

    private static ProgressRecord ProgressOf(string jobId, BatchTaskCounts counts)
    {
        var (active, running, completed) = (counts.Active ?? 0, counts.Running ?? 0, counts.Completed ?? 0);
        var total = active + running + completed;
        return new ProgressRecord(1, Activity,
            string.Format(CultureInfo.InvariantCulture, "Job {0}: {1} active, {2} running, {3} completed", jobId, active, running, completed))
        {
            PercentComplete = total == 0 ? 100 : completed * 100 / total,
        };
    }
}
