using System.Management.Automation;

namespace AzBatchJobs;

/// <summary>A cmdlet that writes job schedules: what it changed is read back and written.</summary>
public abstract class BatchJobScheduleCmdlet : BatchCmdlet
{
    /// <summary>Reads a job schedule back after a change and writes it (a failure is a non-terminating error).</summary>
    protected void WriteJobSchedule(string jobScheduleId)
    {
        if (TryCall(jobScheduleId, async (client, token) => (await client.GetJobScheduleAsync(jobScheduleId, cancellationToken: token).ConfigureAwait(false)).Value, out var jobSchedule))
            WriteObject(jobSchedule);
    }
}
