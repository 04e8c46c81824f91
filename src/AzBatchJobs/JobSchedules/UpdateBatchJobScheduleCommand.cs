using System;
using System.Collections;
using System.Management.Automation;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Cmdlets;

/// <summary>
/// Update-BatchJobSchedule: changes the given parts of a job schedule (PATCH). Each part is replaced whole:
/// the timing parameters given together are the new schedule.
/// </summary>
[Cmdlet("Update", "BatchJobSchedule", SupportsShouldProcess = true, DefaultParameterSetName = IdSet)]
[OutputType(typeof(BatchJobSchedule))]
public sealed class UpdateBatchJobScheduleCommand : BatchJobScheduleTargetCmdlet
{
    [Parameter]
    public DateTimeOffset? DoNotRunUntil { get; set; }

    [Parameter]
    public DateTimeOffset? DoNotRunAfter { get; set; }

    [Parameter]
    [SecondsOrTimeSpan]
    public TimeSpan? StartWindow { get; set; }

    [Parameter]
    [SecondsOrTimeSpan]
    public TimeSpan? RecurrenceInterval { get; set; }

    /// <summary>Replaces the specification of the jobs created from now on (it needs its PoolInfo).</summary>
    [Parameter]
    [ValidateNotNull]
    public BatchJobSpecification? JobSpecification { get; set; }

    /// <summary>Replaces the schedule's metadata: @{ name = 'value' }; @{} clears it.</summary>
    [Parameter]
    [ValidateNotNull]
    public IDictionary? Metadata { get; set; }

    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        var jobScheduleId = JobScheduleId;
        var update = new BatchJobScheduleUpdateOptions
        {
            Schedule = ScheduleTiming.ToConfiguration(DoNotRunUntil, DoNotRunAfter, StartWindow, RecurrenceInterval),
            JobSpecification = JobSpecification,
            Metadata = Metadata is null ? null : NameValueConversion.ToMetadata(Metadata),
        };
        if (!ShouldProcess(jobScheduleId, "Update Batch job schedule")) return;
        if (!TryCall(jobScheduleId, (client, token) => client.UpdateJobScheduleAsync(jobScheduleId, update, cancellationToken: token), out _)) return;
        if (PassThru) WriteJobSchedule(jobScheduleId);
    }
}
