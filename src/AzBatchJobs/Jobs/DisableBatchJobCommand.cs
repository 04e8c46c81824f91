using System.Management.Automation;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Cmdlets;

/// <summary>Disable-BatchJob: stops new tasks of a job from being scheduled; running tasks are requeued, terminated or left to finish.</summary>
[Cmdlet("Disable", "BatchJob", SupportsShouldProcess = true, DefaultParameterSetName = IdSet)]
[OutputType(typeof(BatchJob))]
public sealed class DisableBatchJobCommand : BatchJobTargetCmdlet
{
    /// <summary>What to do with the job's running tasks: Requeue, Terminate or Wait.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ArgumentCompleter(typeof(ExtensibleEnumCompleter<DisableBatchJobOption>))]
    public DisableBatchJobOption DisableTasks { get; set; }

    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        var jobId = JobId;
        var option = DisableTasks;
        if (!ShouldProcess(jobId, $"Disable Batch job ({option} running tasks)")) return;
        if (!TryCall(jobId, (client, token) => client.DisableJobAsync(jobId, option, cancellationToken: token), out _)) return;
        if (PassThru) WriteJob(jobId);
    }
}
