using System.Management.Automation;

namespace AzBatchJobs.Cmdlets;

/// <summary>Remove-BatchJob: deletes a job and all its tasks.</summary>
[Cmdlet("Remove", "BatchJob", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = IdSet)]
[OutputType(typeof(void))]
public sealed class RemoveBatchJobCommand : BatchJobTargetCmdlet
{
    /// <summary>Skips the confirmation prompt (not -WhatIf).</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>
    /// Sends the service's force=true: the job is deleted even if its nodes have not finished processing the
    /// deletion, so job release tasks may not run or finish.
    /// </summary>
    [Parameter]
    public SwitchParameter SkipNodeCleanup { get; set; }

    protected override void ProcessRecord()
    {
        var jobId = JobId;
        if (!ShouldProcessUnlessForced(jobId, "Delete Batch job and all its tasks", Force)) return;
        bool? force = SkipNodeCleanup.IsPresent ? true : null;
        TryCall(jobId, (client, token) => client.DeleteJobAsync(jobId, force, cancellationToken: token), out _);
    }
}
