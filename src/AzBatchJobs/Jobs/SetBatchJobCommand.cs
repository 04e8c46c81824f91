using System.Management.Automation;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Cmdlets;

/// <summary>Set-BatchJob: replaces a job's updatable properties with those of the given job object (PUT).</summary>
[Cmdlet("Set", "BatchJob", SupportsShouldProcess = true)]
[OutputType(typeof(BatchJob))]
public sealed class SetBatchJobCommand : BatchCmdlet
{
    /// <summary>The job with its new settings, typically from Get-BatchJob and then modified.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
    [ValidateNotNull]
    public BatchJob? Job { get; set; }

    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        var job = Job!;
        var jobId = job.Id ?? "";
        if (!ShouldProcess(jobId, "Replace Batch job properties")) return;
        if (!TryCall(jobId, (client, token) => client.ReplaceJobAsync(jobId, job, cancellationToken: token), out _)) return;
        if (PassThru) WriteJob(jobId);
    }
}
