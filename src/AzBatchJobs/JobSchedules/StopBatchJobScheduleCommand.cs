using System.Management.Automation;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Cmdlets;

/// <summary>Stop-BatchJobSchedule: terminates a job schedule and its active job; the schedule creates no more jobs.</summary>
[Cmdlet("Stop", "BatchJobSchedule", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = IdSet)]
[OutputType(typeof(BatchJobSchedule))]
public sealed class StopBatchJobScheduleCommand : BatchJobScheduleTargetCmdlet
{
    /// <summary>Skips the confirmation prompt (not -WhatIf).</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Sends the service's force=true: the schedule's job is terminated even if its nodes have not finished processing it.</summary>
    [Parameter]
    public SwitchParameter SkipNodeCleanup { get; set; }

    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        var jobScheduleId = JobScheduleId;
        if (!ShouldProcessUnlessForced(jobScheduleId, "Terminate Batch job schedule and its active job", Force)) return;
        bool? force = SkipNodeCleanup.IsPresent ? true : null;
        if (!TryCall(jobScheduleId, (client, token) => client.TerminateJobScheduleAsync(jobScheduleId, force, cancellationToken: token), out _)) return;
        if (PassThru) WriteJobSchedule(jobScheduleId);
    }
}
