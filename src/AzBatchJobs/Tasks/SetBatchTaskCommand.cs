using System;
using System.Management.Automation;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Cmdlets;

/// <summary>Set-BatchTask: changes a task's constraints; constraints not given keep their current values.</summary>
[Cmdlet("Set", "BatchTask", SupportsShouldProcess = true)]
[OutputType(typeof(BatchTask))]
public sealed class SetBatchTaskCommand : BatchTaskTargetCmdlet
{
    [Parameter]
    public TimeSpan? MaxWallClockTime { get; set; }

    [Parameter]
    public TimeSpan? RetentionTime { get; set; }

    /// <summary>Retries after the first attempt; -1 retries without limit.</summary>
    [Parameter]
    [ValidateRange(-1, int.MaxValue)]
    public int? MaxTaskRetryCount { get; set; }

    /// <summary>All three constraints at once; the individual parameters override its values.</summary>
    [Parameter]
    [ValidateNotNull]
    public BatchTaskConstraints? Constraints { get; set; }

    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        var (jobId, taskId) = (JobId!, Id!);
        if (MaxWallClockTime is null && RetentionTime is null && MaxTaskRetryCount is null && Constraints is null)
        {
            WriteError(new ErrorRecord(new ArgumentException("Nothing to change: give -MaxWallClockTime, -RetentionTime, -MaxTaskRetryCount or -Constraints."),
                "BatchNothingToChange", ErrorCategory.InvalidArgument, Target));
            return;
        }
        if (!ShouldProcess(Target, "Change Batch task constraints")) return;
        if (!TryCall(Target, async (client, token) => (await client.GetTaskAsync(jobId, taskId, cancellationToken: token).ConfigureAwait(false)).Value, out var current)) return;
        var constraints = Merge(current.Constraints);
        if (!TryCall(Target, (client, token) => client.ReplaceTaskAsync(jobId, taskId, constraints, cancellationToken: token), out _)) return;
        if (PassThru) WriteTask(jobId, taskId);
    }

    // Replace sets all three constraints; start from the current ones so unnamed ones keep their values.
    private BatchTaskConstraints Merge(BatchTaskConstraints? current) => new()
    {
        MaxWallClockTime = MaxWallClockTime ?? Constraints?.MaxWallClockTime ?? current?.MaxWallClockTime,
        RetentionTime = RetentionTime ?? Constraints?.RetentionTime ?? current?.RetentionTime,
        MaxTaskRetryCount = MaxTaskRetryCount ?? Constraints?.MaxTaskRetryCount ?? current?.MaxTaskRetryCount,
    };
}
