using System.Management.Automation;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Cmdlets;

/// <summary>Disable-BatchJobSchedule: the schedule creates no job until enabled; a job already running goes on.</summary>
[Cmdlet("Disable", "BatchJobSchedule", SupportsShouldProcess = true, DefaultParameterSetName = IdSet)]
[OutputType(typeof(BatchJobSchedule))]
public sealed class DisableBatchJobScheduleCommand : BatchJobScheduleTargetCmdlet
{
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        var jobScheduleId = JobScheduleId;
        if (!ShouldProcess(jobScheduleId, "Disable Batch job schedule")) return;
        if (!TryCall(jobScheduleId, (client, token) => client.DisableJobScheduleAsync(jobScheduleId, cancellationToken: token), out _)) return;
        if (PassThru) WriteJobSchedule(jobScheduleId);
    }
}
