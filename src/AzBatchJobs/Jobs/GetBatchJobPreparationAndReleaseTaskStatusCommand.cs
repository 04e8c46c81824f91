using System.Management.Automation;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Cmdlets;

/// <summary>Get-BatchJobPreparationAndReleaseTaskStatus: per node, how the job's preparation and release tasks ran.</summary>
[Cmdlet("Get", "BatchJobPreparationAndReleaseTaskStatus", DefaultParameterSetName = JobObjectSet)]
[OutputType(typeof(BatchJobPreparationAndReleaseTaskStatus))]
public sealed class GetBatchJobPreparationAndReleaseTaskStatusCommand : BatchJobScopedCmdlet
{
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Filter { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? Select { get; set; }

    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    public int? MaxCount { get; set; }

    protected override void ProcessRecord()
    {
        var jobId = TargetJobId;
        var options = ListParameters.Create(Filter, Select, null, MaxCount);
        try
        {
            Stream((client, token) => client.GetJobPreparationAndReleaseTaskStatusesAsync(jobId, options, token), status => WriteObject(status), MaxCount);
        }
        catch (System.Exception e) when (BatchErrorMapper.IsBatchFailure(e))
        {
            WriteBatchError(e, jobId);
        }
    }
}
