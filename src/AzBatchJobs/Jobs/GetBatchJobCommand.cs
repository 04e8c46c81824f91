using System;
using System.Linq;
using System.Management.Automation;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Cmdlets;

/// <summary>
/// Get-BatchJob: jobs by id (wildcards allowed; ids also piped in as strings), the jobs of the account
/// (filtered), or the jobs of a job schedule.
/// </summary>
[Cmdlet("Get", "BatchJob", DefaultParameterSetName = ListSet)]
[OutputType(typeof(BatchJob))]
public sealed class GetBatchJobCommand : BatchCmdlet
{
    private const string IdSet = "Id";
    private const string ListSet = "List";
    private const string ScheduleSet = "JobSchedule";

    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = IdSet)]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    public string[]? Id { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = ScheduleSet)]
    [ValidateNotNullOrEmpty]
    public string? JobScheduleId { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [Parameter(ParameterSetName = ScheduleSet)]
    [ValidateNotNullOrEmpty]
    public string? Filter { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? Select { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? Expand { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [Parameter(ParameterSetName = ScheduleSet)]
    [ValidateRange(1, int.MaxValue)]
    public int? MaxCount { get; set; }

    protected override void ProcessRecord()
    {
        if (ParameterSetName == IdSet)
        {
            foreach (var id in Id!) WriteById(id);
            return;
        }
        var options = ListParameters.Create(Filter, Select, Expand, MaxCount);
        try
        {
            if (ParameterSetName == ScheduleSet)
                Stream((client, token) => client.GetJobsFromScheduleAsync(JobScheduleId!, options, token), job => WriteObject(job), MaxCount);
            else
                Stream((client, token) => client.GetJobsAsync(options, token), job => WriteObject(job), MaxCount);
        }
        catch (Exception e) when (BatchErrorMapper.IsBatchFailure(e))
        {
            WriteBatchError(e, (object?)JobScheduleId ?? Filter);
        }
    }

    private void WriteById(string id)
    {
        if (JobIdPattern.TryCreate(id) is not { } pattern)
        {
            if (TryCall(id, async (client, token) => (await client.GetJobAsync(id, Select, Expand, cancellationToken: token).ConfigureAwait(false)).Value, out var job))
                WriteObject(job);
            return;
        }
        // $select must keep the id, which the pattern is matched against.
        var select = Select is null ? null : new[] { "id" }.Concat(Select).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var options = ListParameters.Create(pattern.Filter, select, Expand, null);
        try
        {
            Stream((client, token) => client.GetJobsAsync(options, token), job =>
            {
                if (pattern.IsMatch(job.Id)) WriteObject(job);
            });
        }
        catch (Exception e) when (BatchErrorMapper.IsBatchFailure(e))
        {
            WriteBatchError(e, id);
        }
    }
}
