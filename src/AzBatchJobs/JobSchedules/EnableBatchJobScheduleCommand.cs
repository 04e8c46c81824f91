using System.Management.Automation;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Cmdlets;

/// <summary>Enable-BatchJobSchedule: lets a disabled job schedule create jobs again.</summary>
[Cmdlet("Enable", "BatchJobSchedule", SupportsShouldProcess = true, DefaultParameterSetName = IdSet)]
[OutputType(typeof(BatchJobSchedule))]
public sealed class EnableBatchJobScheduleCommand : BatchJobScheduleTargetCmdlet
{
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        var jobScheduleId = JobScheduleId;
        if (!ShouldProcess(jobScheduleId, "Enable Batch job schedule")) return;
        if (!TryCall(jobScheduleId, (client, token) => client.EnableJobScheduleAsync(jobScheduleId, cancellationToken: token), out _)) return;
        if (PassThru) WriteJobSchedule(jobScheduleId);
    }
}
