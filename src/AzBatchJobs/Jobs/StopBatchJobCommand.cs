using System.Management.Automation;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Cmdlets;

/// <summary>Stop-BatchJob: terminates a job; its running tasks are terminated and no new ones start.</summary>
[Cmdlet("Stop", "BatchJob", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = IdSet)]
[OutputType(typeof(BatchJob))]
public sealed class StopBatchJobCommand : BatchJobTargetCmdlet
{
    /// <summary>Recorded as the job's terminate reason (default UserTerminate).</summary>
    [Parameter(Position = 1)]
    [ValidateNotNullOrEmpty]
    public string? TerminateReason { get; set; }

    /// <summary>Skips the confirmation prompt (not -WhatIf).</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>
    /// Sends the service's force=true: the job is terminated even if its nodes have not finished processing the
    /// termination, so job release tasks may not run or finish.
    /// </summary>
    [Parameter]
    public SwitchParameter SkipNodeCleanup { get; set; }

    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        var jobId = JobId;
        if (!ShouldProcessUnlessForced(jobId, "Terminate Batch job", Force)) return;
        bool? force = SkipNodeCleanup.IsPresent ? true : null;
        if (!TryCall(jobId, (client, token) => client.TerminateJobAsync(jobId, TerminateReason, force, cancellationToken: token), out _)) return;
        if (PassThru) WriteJob(jobId);
    }
}
