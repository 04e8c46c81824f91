using System;
using System.Collections;
using System.Management.Automation;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Cmdlets;

/// <summary>New-BatchJobSchedule: creates a job schedule from parameters, from a BatchJobScheduleCreateOptions or from REST-shaped JSON, and returns it.</summary>
[Cmdlet("New", "BatchJobSchedule", SupportsShouldProcess = true, DefaultParameterSetName = PropertiesSet)]
[OutputType(typeof(BatchJobSchedule))]
public sealed partial class NewBatchJobScheduleCommand : BatchJobScheduleCmdlet
{
    private const string PropertiesSet = "Properties";
    private const string ObjectSet = "InputObject";

    [Parameter(ParameterSetName = JsonSet), Parameter(ParameterSetName = JsonFileSet)]
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = PropertiesSet)]
    [ValidateNotNullOrEmpty]
    public string? Id { get; set; }

    /// <summary>The jobs the schedule creates: New-BatchJob's settings without the id, e.g. @{ PoolInfo = @{ PoolId = 'p' } }.</summary>
    [Parameter(ParameterSetName = JsonSet), Parameter(ParameterSetName = JsonFileSet)]
    [Parameter(Position = 1, ParameterSetName = PropertiesSet)]
    [ValidateNotNull]
    public BatchJobSpecification? JobSpecification { get; set; }

    /// <summary>The pool the jobs run on; sets the job specification's PoolInfo.</summary>
    [Parameter(ParameterSetName = PropertiesSet)]
    [ValidateNotNullOrEmpty]
    public string? PoolId { get; set; }

    [Parameter(ParameterSetName = JsonSet), Parameter(ParameterSetName = JsonFileSet)]
    [Parameter(ParameterSetName = PropertiesSet)]
    [ValidateNotNullOrEmpty]
    public string? DisplayName { get; set; }

    [Parameter(ParameterSetName = JsonSet), Parameter(ParameterSetName = JsonFileSet)]
    [Parameter(ParameterSetName = PropertiesSet)]
    public DateTimeOffset? DoNotRunUntil { get; set; }

    [Parameter(ParameterSetName = JsonSet), Parameter(ParameterSetName = JsonFileSet)]
    [Parameter(ParameterSetName = PropertiesSet)]
    public DateTimeOffset? DoNotRunAfter { get; set; }

    [Parameter(ParameterSetName = JsonSet), Parameter(ParameterSetName = JsonFileSet)]
    [Parameter(ParameterSetName = PropertiesSet)]
    [SecondsOrTimeSpan]
    public TimeSpan? StartWindow { get; set; }

    [Parameter(ParameterSetName = JsonSet), Parameter(ParameterSetName = JsonFileSet)]
    [Parameter(ParameterSetName = PropertiesSet)]
    [SecondsOrTimeSpan]
    public TimeSpan? RecurrenceInterval { get; set; }

    [Parameter(ParameterSetName = JsonSet), Parameter(ParameterSetName = JsonFileSet)]
    [Parameter(ParameterSetName = PropertiesSet)]
    [ValidateNotNull]
    public IDictionary? Metadata { get; set; }

    /// <summary>The whole job schedule, e.g. piped in or built from a hashtable.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = ObjectSet)]
    [ValidateNotNull]
    public BatchJobScheduleCreateOptions? InputObject { get; set; }

    protected override void ProcessRecord()
    {
        var jobSchedule = ParameterSetName == ObjectSet ? InputObject! : ParameterSetName == PropertiesSet ? FromParameters() : FromJson();
        if (jobSchedule is null) return;
        var jobScheduleId = jobSchedule.Id ?? "";
        if (!ShouldProcess(jobScheduleId, "Create Batch job schedule")) return;
        if (!TryCall(jobScheduleId, (client, token) => client.CreateJobScheduleAsync(jobSchedule, cancellationToken: token), out _)) return;
        WriteJobSchedule(jobScheduleId);
    }

    private BatchJobScheduleCreateOptions FromParameters()
    {
        var specification = JobSpecification ?? (PoolId is null ? null : new BatchJobSpecification());
        if (PoolId is not null) specification!.PoolInfo = new BatchPoolInfo { PoolId = PoolId };
        return new BatchJobScheduleCreateOptions
        {
            Id = Id,
            DisplayName = DisplayName,
            Schedule = ScheduleTiming.ToConfiguration(DoNotRunUntil, DoNotRunAfter, StartWindow, RecurrenceInterval) ?? new BatchJobScheduleConfiguration(),
            JobSpecification = specification,
            Metadata = NameValueConversion.ToMetadata(Metadata),
        };
    }
}
