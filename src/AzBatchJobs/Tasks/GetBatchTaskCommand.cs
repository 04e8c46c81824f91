using System.Management.Automation;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Cmdlets;

/// <summary>Get-BatchTask: one task by id, or the tasks of a job (filtered); a piped job lists its tasks.</summary>
[Cmdlet("Get", "BatchTask", DefaultParameterSetName = ListSet)]
[OutputType(typeof(BatchTask))]
public sealed class GetBatchTaskCommand : BatchCmdlet
{
    private const string ListSet = "List";
    private const string IdSet = "Id";
    private const string JobObjectSet = "InputObject";

    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = ListSet)]
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = IdSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(JobIdCompleter))]
    public string? JobId { get; set; }

    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = IdSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(TaskIdCompleter))]
    public string? Id { get; set; }

    /// <summary>A job, as Get-BatchJob returns it: lists its tasks.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = JobObjectSet)]
    [ValidateNotNull]
    public BatchJob? Job { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [Parameter(ParameterSetName = JobObjectSet)]
    [ValidateNotNullOrEmpty]
    public string? Filter { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? Select { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? Expand { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [Parameter(ParameterSetName = JobObjectSet)]
    [ValidateRange(1, int.MaxValue)]
    public int? MaxCount { get; set; }

    protected override void ProcessRecord()
    {
        if (ParameterSetName == IdSet)
        {
            var (jobId, taskId) = (JobId!, Id!);
            if (TryCall($"{jobId}/{taskId}", async (client, token) => (await client.GetTaskAsync(jobId, taskId, Select, Expand, cancellationToken: token).ConfigureAwait(false)).Value, out var task))
                WriteObject(task);
            return;
        }
        var listJobId = ParameterSetName == JobObjectSet ? Job!.Id ?? "" : JobId!;
        var options = ListParameters.Create(Filter, Select, Expand, MaxCount);
        try
        {
            Stream((client, token) => client.GetTasksAsync(listJobId, options, token), task => WriteObject(task), MaxCount);
        }
        catch (System.Exception e) when (BatchErrorMapper.IsBatchFailure(e))
        {
            WriteBatchError(e, listJobId);
        }
    }
}
