using System.Management.Automation;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Cmdlets;

/// <summary>Invoke-BatchTaskReactivate: runs a failed task again, with its retry count reset.</summary>
[Cmdlet("Invoke", "BatchTaskReactivate", SupportsShouldProcess = true)]
[Alias("Enable-BatchTask")]
[OutputType(typeof(BatchTask))]
public sealed class InvokeBatchTaskReactivateCommand : BatchTaskTargetCmdlet
{
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        var (jobId, taskId) = (JobId!, Id!);
        if (!ShouldProcess(Target, "Reactivate Batch task")) return;
        if (!TryCall(Target, (client, token) => client.ReactivateTaskAsync(jobId, taskId, cancellationToken: token), out _)) return;
        if (PassThru) WriteTask(jobId, taskId);
    }
}
