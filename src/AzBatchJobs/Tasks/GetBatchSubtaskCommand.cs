using System.Management.Automation;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Cmdlets;

/// <summary>Get-BatchSubtask: the subtasks of a multi-instance task.</summary>
[Cmdlet("Get", "BatchSubtask")]
[OutputType(typeof(BatchSubtask))]
public sealed class GetBatchSubtaskCommand : BatchCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(JobIdCompleter))]
    public string? JobId { get; set; }

    /// <summary>The multi-instance task's id (a piped task's Id binds here).</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(TaskIdCompleter))]
    public string? TaskId { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? Select { get; set; }

    protected override void ProcessRecord()
    {
        var (jobId, taskId) = (JobId!, TaskId!);
        if (TryCall($"{jobId}/{taskId}", async (client, token) => (await client.GetSubtasksAsync(jobId, taskId, Select, cancellationToken: token).ConfigureAwait(false)).Value, out var subtasks))
            WriteObject(subtasks, true);
    }
}
