using System;
using System.Management.Automation;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Cmdlets;

/// <summary>Get-BatchJobSchedule: job schedules by id (wildcards allowed; ids also piped in as strings), or the schedules of the account (filtered).</summary>
[Cmdlet("Get", "BatchJobSchedule", DefaultParameterSetName = ListSet)]
[OutputType(typeof(BatchJobSchedule))]
public sealed class GetBatchJobScheduleCommand : BatchIdPatternCmdlet
{
    private const string IdSet = "Id";
    private const string ListSet = "List";

    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = IdSet)]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    public string[]? Id { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [ValidateNotNullOrEmpty]
    public string? Filter { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? Select { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? Expand { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(1, int.MaxValue)]
    public int? MaxCount { get; set; }

    protected override void ProcessRecord()
    {
        if (ParameterSetName == IdSet)
        {
            foreach (var id in Id!)
                WriteByIdOrPattern(id, Select, Expand,
                    async (client, token) => (await client.GetJobScheduleAsync(id, Select, Expand, cancellationToken: token).ConfigureAwait(false)).Value,
                    (client, options, token) => client.GetJobSchedulesAsync(options, token), schedule => schedule.Id);
            return;
        }
        var options = ListParameters.Create(Filter, Select, Expand, MaxCount);
        try
        {
            Stream((client, token) => client.GetJobSchedulesAsync(options, token), schedule => WriteObject(schedule), MaxCount);
        }
        catch (Exception e) when (BatchErrorMapper.IsBatchFailure(e))
        {
            WriteBatchError(e, Filter);
        }
    }
}
