using System.Management.Automation;

namespace AzBatchJobs.Cmdlets;

/// <summary>Remove-BatchJob: deletes a job and all its tasks.</summary>
[Cmdlet("Remove", "BatchJob", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = IdSet)]
[OutputType(typeof(void))]
public sealed class RemoveBatchJobCommand : BatchJobTargetCmdlet
{
    /// <summary>Delete even if the nodes have not finished the job's release tasks; also skips the confirmation prompt.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    protected override void ProcessRecord()
    {
        var jobId = JobId;
        if (!ShouldProcessUnlessForced(jobId, "Delete Batch job and all its tasks", Force)) return;
        bool? force = Force.IsPresent ? true : null;
        TryCall(jobId, (client, token) => client.DeleteJobAsync(jobId, force, cancellationToken: token), out _);
    }
}
