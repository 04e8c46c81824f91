using System.Management.Automation;

namespace AzBatchJobs.Cmdlets;

/// <summary>Remove-BatchTask: deletes a task; a running task is terminated first.</summary>
[Cmdlet("Remove", "BatchTask", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveBatchTaskCommand : BatchTaskTargetCmdlet
{
    /// <summary>Skips the confirmation prompt.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    protected override void ProcessRecord()
    {
        var (jobId, taskId) = (JobId!, Id!);
        if (!ShouldProcessUnlessForced(Target, "Delete Batch task", Force)) return;
        TryCall(Target, (client, token) => client.DeleteTaskAsync(jobId, taskId, cancellationToken: token), out _);
    }
}
