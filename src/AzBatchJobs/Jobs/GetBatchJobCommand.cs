using System;
using System.Management.Automation;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Cmdlets;

/// <summary>
/// Get-BatchJob: jobs by id (wildcards allowed; ids also piped in as strings), the jobs of the account
/// (filtered), or the jobs of a job schedule (-JobScheduleId, or schedules piped from Get-BatchJobSchedule).
/// </summary>
[Cmdlet("Get", "BatchJob", DefaultParameterSetName = ListSet)]
[OutputType(typeof(BatchJob))]
public sealed class GetBatchJobCommand : BatchIdPatternCmdlet
{
    private const string IdSet = "Id";
    private const string ListSet = "List";
    private const string ScheduleSet = "JobSchedule";
    private const string ScheduleObjectSet = "JobScheduleObject";

    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = IdSet)]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(JobIdCompleter))]
    public string[]? Id { get; set; }

    /// <summary>Lists the jobs of this job schedule; also bound from a piped object's JobScheduleId property.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = ScheduleSet)]
    [ValidateNotNullOrEmpty]
    public string? JobScheduleId { get; set; }

    /// <summary>A job schedule, as Get-BatchJobSchedule returns it: lists the jobs it created.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = ScheduleObjectSet)]
    [ValidateNotNull]
    public BatchJobSchedule? JobSchedule { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [Parameter(ParameterSetName = ScheduleSet)]
    [Parameter(ParameterSetName = ScheduleObjectSet)]
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
    [Parameter(ParameterSetName = ScheduleObjectSet)]
    [ValidateRange(1, int.MaxValue)]
    public int? MaxCount { get; set; }

    protected override void ProcessRecord()
    {
        if (ParameterSetName == IdSet)
        {
            foreach (var id in Id!)
                WriteByIdOrPattern(id, Select, Expand,
                    async (client, token) => (await client.GetJobAsync(id, Select, Expand, cancellationToken: token).ConfigureAwait(false)).Value,
                    (client, options, token) => client.GetJobsAsync(options, token), job => job.Id);
            return;
        }
        var options = ListParameters.Create(Filter, Select, Expand, MaxCount);
        var scheduleId = ParameterSetName == ScheduleObjectSet ? JobSchedule!.Id ?? "" : JobScheduleId;
        try
        {
            if (scheduleId is not null)
                Stream((client, token) => client.GetJobsFromScheduleAsync(scheduleId, options, token), job => WriteObject(job), MaxCount);
            else
                Stream((client, token) => client.GetJobsAsync(options, token), job => WriteObject(job), MaxCount);
        }
        catch (Exception e) when (BatchErrorMapper.IsBatchFailure(e))
        {
            WriteBatchError(e, (object?)scheduleId ?? Filter);
        }
    }
}
