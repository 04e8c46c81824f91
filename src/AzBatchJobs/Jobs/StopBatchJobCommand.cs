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

    /// <summary>Terminate even if the nodes have not finished the job's release tasks; also skips the confirmation prompt.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        var jobId = JobId;
        if (!ShouldProcessUnlessForced(jobId, "Terminate Batch job", Force)) return;
        bool? force = Force.IsPresent ? true : null;
        if (!TryCall(jobId, (client, token) => client.TerminateJobAsync(jobId, TerminateReason, force, cancellationToken: token), out _)) return;
        if (PassThru) WriteJob(jobId);
    }
}
