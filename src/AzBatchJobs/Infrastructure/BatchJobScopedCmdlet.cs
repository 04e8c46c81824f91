using System.Management.Automation;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs;

/// <summary>
/// A cmdlet reading something that belongs to a job: the job is -JobId (also bound from the JobId
/// property of a piped task or result) or a piped BatchJob.
/// </summary>
public abstract class BatchJobScopedCmdlet : BatchCmdlet
{
    protected const string JobIdSet = "JobId";
    protected const string JobObjectSet = "InputObject";

    /// <summary>The id of the job.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = JobIdSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(JobIdCompleter))]
    public string? JobId { get; set; }

    /// <summary>A job, as Get-BatchJob returns it.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = JobObjectSet)]
    [ValidateNotNull]
    public BatchJob? Job { get; set; }

    protected string TargetJobId => ParameterSetName == JobObjectSet ? Job!.Id ?? "" : JobId!;
}
