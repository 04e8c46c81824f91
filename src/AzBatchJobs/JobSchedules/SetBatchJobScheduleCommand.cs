using System.Management.Automation;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Cmdlets;

/// <summary>Set-BatchJobSchedule: replaces a job schedule's schedule, job specification and metadata with those of the given object (PUT).</summary>
[Cmdlet("Set", "BatchJobSchedule", SupportsShouldProcess = true)]
[OutputType(typeof(BatchJobSchedule))]
public sealed class SetBatchJobScheduleCommand : BatchJobScheduleCmdlet
{
    /// <summary>The job schedule with its new settings, typically from Get-BatchJobSchedule and then modified.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
    [ValidateNotNull]
    public BatchJobSchedule? JobSchedule { get; set; }

    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        var jobSchedule = JobSchedule!;
        var jobScheduleId = jobSchedule.Id ?? "";
        if (!ShouldProcess(jobScheduleId, "Replace Batch job schedule properties")) return;
        if (!TryCall(jobScheduleId, (client, token) => client.ReplaceJobScheduleAsync(jobScheduleId, jobSchedule, cancellationToken: token), out _)) return;
        if (PassThru) WriteJobSchedule(jobScheduleId);
    }
}
