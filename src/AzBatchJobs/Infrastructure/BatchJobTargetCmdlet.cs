using System.Management.Automation;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs;

/// <summary>
/// A cmdlet acting on one job, named by -Id or piped in as a BatchJob. The id is never bound from a
/// pipeline object's Id property, so a task piped in fails to bind instead of naming the wrong job.
/// </summary>
public abstract class BatchJobTargetCmdlet : BatchCmdlet
{
    protected const string IdSet = "Id";
    protected const string JobObjectSet = "InputObject";

    /// <summary>The job's id.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(JobIdCompleter))]
    public string? Id { get; set; }

    /// <summary>A job, as Get-BatchJob returns it.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = JobObjectSet)]
    [ValidateNotNull]
    public BatchJob? Job { get; set; }

    protected string JobId => ParameterSetName == JobObjectSet ? Job!.Id ?? "" : Id!;
}
