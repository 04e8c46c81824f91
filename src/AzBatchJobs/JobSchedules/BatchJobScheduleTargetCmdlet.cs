using System.Management.Automation;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs;

/// <summary>
/// A cmdlet acting on one job schedule, named by -Id or piped in as a BatchJobSchedule. The id is never
/// bound from a pipeline object's Id property, so a piped job fails to bind instead of naming the wrong schedule.
/// </summary>
public abstract class BatchJobScheduleTargetCmdlet : BatchJobScheduleCmdlet
{
    protected const string IdSet = "Id";
    protected const string JobScheduleObjectSet = "InputObject";

    /// <summary>The job schedule's id.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet)]
    [ValidateNotNullOrEmpty]
    public string? Id { get; set; }

    /// <summary>A job schedule, as Get-BatchJobSchedule returns it.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = JobScheduleObjectSet)]
    [ValidateNotNull]
    public BatchJobSchedule? JobSchedule { get; set; }

    protected string JobScheduleId => ParameterSetName == JobScheduleObjectSet ? JobSchedule!.Id ?? "" : Id!;
}
