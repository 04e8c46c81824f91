using System.Management.Automation;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Cmdlets;

/// <summary>Enable-BatchJob: lets a disabled job schedule tasks again.</summary>
[Cmdlet("Enable", "BatchJob", SupportsShouldProcess = true, DefaultParameterSetName = IdSet)]
[OutputType(typeof(BatchJob))]
public sealed class EnableBatchJobCommand : BatchJobTargetCmdlet
{
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        var jobId = JobId;
        if (!ShouldProcess(jobId, "Enable Batch job")) return;
        if (!TryCall(jobId, (client, token) => client.EnableJobAsync(jobId, cancellationToken: token), out _)) return;
        if (PassThru) WriteJob(jobId);
    }
}
