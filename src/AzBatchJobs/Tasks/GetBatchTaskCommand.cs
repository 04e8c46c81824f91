using System.Linq;
using System.Management.Automation;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Cmdlets;

/// <summary>
/// Get-BatchTask: the tasks of a job, all or filtered, or those named by -Id (wildcards allowed). A piped
/// job lists its tasks; a piped task (or anything with JobId and Id or TaskId) is read again; piped strings are ids.
/// </summary>
[Cmdlet("Get", "BatchTask", DefaultParameterSetName = JobIdSet)]
[OutputType(typeof(BatchTask))]
public sealed class GetBatchTaskCommand : BatchCmdlet
{
    private const string JobIdSet = "JobId";
    private const string JobObjectSet = "InputObject";

    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = JobIdSet)]
    [ValidateNotNullOrEmpty]
    public string? JobId { get; set; }

    /// <summary>The ids of the tasks, with wildcards; without it, every task of the job.</summary>
    [Parameter(Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = JobIdSet)]
    [Parameter(ParameterSetName = JobObjectSet)]
    [Alias("TaskId")]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    /// <summary>A job, as Get-BatchJob returns it: lists its tasks.</summary>
    /// <remarks>
    /// Also by property name: with a set other than the default that binds a mandatory parameter by property
    /// name, PowerShell does not settle on the default set before the first input, so a piped job reaches -Job.
    /// </remarks>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = JobObjectSet)]
    [ValidateNotNull]
    public BatchJob? Job { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Filter { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? Select { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? Expand { get; set; }

    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    public int? MaxCount { get; set; }

    protected override void ProcessRecord()
    {
        var jobId = ParameterSetName == JobObjectSet ? Job!.Id ?? "" : JobId!;
        if (Id is not { Length: > 0 })
        {
            List(jobId, Filter, null);
            return;
        }
        foreach (var id in Id)
        {
            var query = TaskIdQuery.For(id, Filter);
            if (query.IsSingleTask)
                Read(jobId, id);
            else
                List(jobId, query.Filter, query.Pattern);
        }
    }

    private void Read(string jobId, string taskId)
    {
        if (TryCall($"{jobId}/{taskId}", async (client, token) => (await client.GetTaskAsync(jobId, taskId, Select, Expand, cancellationToken: token).ConfigureAwait(false)).Value, out var task))
            WriteObject(task);
    }

    private void List(string jobId, string? filter, WildcardPattern? pattern)
    {
        // The pattern is matched on ids, so a $select must bring them.
        var select = pattern is not null && Select is not null && !Select.Contains("id", System.StringComparer.OrdinalIgnoreCase) ? Select.Append("id").ToArray() : Select;
        var options = ListParameters.Create(filter, select, Expand, pattern is null ? MaxCount : null);
        var written = 0;
        try
        {
            Stream((client, token) => client.GetTasksAsync(jobId, options, token), task =>
            {
                if (MaxCount is int max && written >= max) return;
                if (pattern is not null && !pattern.IsMatch(task.Id ?? "")) return;
                written++;
                WriteObject(task);
            }, pattern is null ? MaxCount : null);
        }
        catch (System.Exception e) when (BatchErrorMapper.IsBatchFailure(e))
        {
            WriteBatchError(e, jobId);
        }
    }
}
