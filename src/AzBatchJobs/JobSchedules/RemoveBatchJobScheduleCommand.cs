using System.Management.Automation;

namespace AzBatchJobs.Cmdlets;

/// <summary>Remove-BatchJobSchedule: deletes a job schedule with all its jobs and their tasks.</summary>
[Cmdlet("Remove", "BatchJobSchedule", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = IdSet)]
[OutputType(typeof(void))]
public sealed class RemoveBatchJobScheduleCommand : BatchJobScheduleTargetCmdlet
{
    /// <summary>Skips the confirmation prompt (not -WhatIf).</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Sends the service's force=true: the schedule's jobs are deleted even if their nodes have not finished processing the deletion.</summary>
    [Parameter]
    public SwitchParameter SkipNodeCleanup { get; set; }

    protected override void ProcessRecord()
    {
        var jobScheduleId = JobScheduleId;
        if (!ShouldProcessUnlessForced(jobScheduleId, "Delete Batch job schedule with all its jobs and tasks", Force)) return;
        bool? force = SkipNodeCleanup.IsPresent ? true : null;
        TryCall(jobScheduleId, (client, token) => client.DeleteJobScheduleAsync(jobScheduleId, force, cancellationToken: token), out _);
    }
}
