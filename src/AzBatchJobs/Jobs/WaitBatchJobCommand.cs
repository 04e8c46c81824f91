using System;
using System.Globalization;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
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
        if (PollInterval <= TimeSpan.Zero)
            ThrowTerminatingError(new ErrorRecord(new ArgumentException("PollInterval must be greater than zero.", nameof(PollInterval)), "BatchInvalidPollInterval", ErrorCategory.InvalidArgument, PollInterval));
        var dispatcher = new PipelineDispatcher();
        var client = Client;
        BatchJobWaitResult result;
        try
        {
            result = Bridge(dispatcher, token => Poll(client, dispatcher, jobId, token));
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

    private async Task<BatchJobWaitResult> Poll(BatchClient client, PipelineDispatcher dispatcher, string jobId, CancellationToken token)
    {
        var started = DateTimeOffset.UtcNow;
        while (true)
        {
            var counts = (await client.GetJobTaskCountsAsync(jobId, cancellationToken: token).ConfigureAwait(false)).Value.TaskCounts ?? new BatchTaskCounts();
            var job = (await client.GetJobAsync(jobId, new[] { "id", "state" }, cancellationToken: token).ConfigureAwait(false)).Value;
            var (active, running, completed) = (counts.Active ?? 0, counts.Running ?? 0, counts.Completed ?? 0);
            var total = active + running + completed;
            var elapsed = DateTimeOffset.UtcNow - started;
            dispatcher.Post(() => WriteProgress(new ProgressRecord(1, Activity,
                string.Format(CultureInfo.InvariantCulture, "Job {0}: {1} active, {2} running, {3} completed", jobId, active, running, completed))
            {
                PercentComplete = total == 0 ? 100 : completed * 100 / total,
            }));
            var finished = active == 0 && running == 0;
            if (finished || (Timeout is { } limit && elapsed >= limit))
                return new BatchJobWaitResult { JobId = jobId, State = job.State, TaskCounts = counts, TasksCompleted = finished, Elapsed = elapsed };
            var delay = Timeout is { } max && max - elapsed < PollInterval ? max - elapsed : PollInterval;
            await Task.Delay(delay, token).ConfigureAwait(false);
        }
    }
}
