using System.Management.Automation;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs;

/// <summary>
/// A cmdlet acting on one task: -JobId and -Id, both also bound by property name, so tasks from
/// Get-BatchTask (which carry JobId and Id) pipe straight in.
/// </summary>
public abstract class BatchTaskTargetCmdlet : BatchCmdlet
{
    /// <summary>The id of the job the task belongs to.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(JobIdCompleter))]
    public string? JobId { get; set; }

    /// <summary>The task's id.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(TaskIdCompleter))]
    public string? Id { get; set; }

    protected string Target => $"{JobId}/{Id}";
}
