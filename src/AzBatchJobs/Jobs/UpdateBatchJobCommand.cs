using System.Collections;
using System.Management.Automation;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Cmdlets;

/// <summary>Update-BatchJob: changes only the given properties of a job (PATCH).</summary>
[Cmdlet("Update", "BatchJob", SupportsShouldProcess = true, DefaultParameterSetName = IdSet)]
[OutputType(typeof(BatchJob))]
public sealed class UpdateBatchJobCommand : BatchJobTargetCmdlet
{
    [Parameter]
    [ValidateRange(-1000, 1000)]
    public int? Priority { get; set; }

    [Parameter]
    [ValidateRange(-1, int.MaxValue)]
    public int? MaxParallelTasks { get; set; }

    [Parameter]
    public bool? AllowTaskPreemption { get; set; }

    [Parameter]
    [ValidateNotNull]
    public BatchJobConstraints? Constraints { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? PoolId { get; set; }

    /// <summary>The full pool specification (an existing pool or an auto pool); -PoolId is shorthand for an existing pool.</summary>
    [Parameter]
    [ValidateNotNull]
    public BatchPoolInfo? PoolInfo { get; set; }

    [Parameter]
    [ArgumentCompleter(typeof(ExtensibleEnumCompleter<BatchAllTasksCompleteMode>))]
    public BatchAllTasksCompleteMode? OnAllTasksComplete { get; set; }

    [Parameter]
    [ValidateNotNull]
    public BatchJobNetworkConfiguration? NetworkConfiguration { get; set; }

    /// <summary>Replaces the job's metadata: @{ name = 'value' }; @{} clears it.</summary>
    [Parameter]
    [ValidateNotNull]
    public IDictionary? Metadata { get; set; }

    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        var jobId = JobId;
        var update = new BatchJobUpdateOptions
        {
            Priority = Priority,
            MaxParallelTasks = MaxParallelTasks,
            AllowTaskPreemption = AllowTaskPreemption,
            Constraints = Constraints,
            PoolInfo = PoolInfo ?? (PoolId is null ? null : new BatchPoolInfo { PoolId = PoolId }),
            OnAllTasksComplete = OnAllTasksComplete,
            Metadata = Metadata is null ? null : NameValueConversion.ToMetadata(Metadata),
            NetworkConfiguration = NetworkConfiguration,
        };
        if (!ShouldProcess(jobId, "Update Batch job")) return;
        if (!TryCall(jobId, (client, token) => client.UpdateJobAsync(jobId, update, cancellationToken: token), out _)) return;
        if (PassThru) WriteJob(jobId);
    }
}
