using System.Management.Automation;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Cmdlets;

/// <summary>Stop-BatchTask: terminates a task; it completes with the exit code the node reports.</summary>
[Cmdlet("Stop", "BatchTask", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(BatchTask))]
public sealed class StopBatchTaskCommand : BatchTaskTargetCmdlet
{
    /// <summary>Skips the confirmation prompt.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        var (jobId, taskId) = (JobId!, Id!);
        if (!ShouldProcessUnlessForced(Target, "Terminate Batch task", Force)) return;
        if (!TryCall(Target, (client, token) => client.TerminateTaskAsync(jobId, taskId, cancellationToken: token), out _)) return;
        if (PassThru) WriteTask(jobId, taskId);
    }
}
