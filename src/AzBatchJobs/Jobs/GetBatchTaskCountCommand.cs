using System.Management.Automation;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Cmdlets;

/// <summary>Get-BatchTaskCount: the numbers of a job's tasks by state and result, and their slots.</summary>
[Cmdlet("Get", "BatchTaskCount", DefaultParameterSetName = JobObjectSet)]
[OutputType(typeof(BatchTaskCountsResult))]
public sealed class GetBatchTaskCountCommand : BatchJobScopedCmdlet
{
    protected override void ProcessRecord()
    {
        var jobId = TargetJobId;
        if (TryCall(jobId, async (client, token) => (await client.GetJobTaskCountsAsync(jobId, cancellationToken: token).ConfigureAwait(false)).Value, out var counts))
            WriteObject(counts);
    }
}
