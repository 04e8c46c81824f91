using System.Collections;
using System.Management.Automation;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Cmdlets;

/// <summary>New-BatchJob: creates a job from parameters, from a BatchJobCreateOptions or from REST-shaped JSON, and returns it.</summary>
[Cmdlet("New", "BatchJob", SupportsShouldProcess = true, DefaultParameterSetName = PropertiesSet)]
[OutputType(typeof(BatchJob))]
public sealed partial class NewBatchJobCommand : BatchCmdlet
{
    private const string PropertiesSet = "Properties";
    private const string ObjectSet = "InputObject";

    [Parameter(ParameterSetName = JsonSet), Parameter(ParameterSetName = JsonFileSet)]
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = PropertiesSet)]
    [ValidateNotNullOrEmpty]
    public string? Id { get; set; }

    /// <summary>The pool to run on; shorthand for -PoolInfo @{ PoolId = '...' }.</summary>
    [Parameter(ParameterSetName = JsonSet), Parameter(ParameterSetName = JsonFileSet)]
    [Parameter(Position = 1, ParameterSetName = PropertiesSet)]
    [ValidateNotNullOrEmpty]
    public string? PoolId { get; set; }

    [Parameter(ParameterSetName = JsonSet), Parameter(ParameterSetName = JsonFileSet)]
    [Parameter(ParameterSetName = PropertiesSet)]
    [ValidateNotNull]
    public BatchPoolInfo? PoolInfo { get; set; }

    [Parameter(ParameterSetName = JsonSet), Parameter(ParameterSetName = JsonFileSet)]
    [Parameter(ParameterSetName = PropertiesSet)]
    [ValidateNotNullOrEmpty]
    public string? DisplayName { get; set; }

    [Parameter(ParameterSetName = JsonSet), Parameter(ParameterSetName = JsonFileSet)]
    [Parameter(ParameterSetName = PropertiesSet)]
    [ValidateRange(-1000, 1000)]
    public int? Priority { get; set; }

    [Parameter(ParameterSetName = JsonSet), Parameter(ParameterSetName = JsonFileSet)]
    [Parameter(ParameterSetName = PropertiesSet)]
    [ValidateRange(-1, int.MaxValue)]
    public int? MaxParallelTasks { get; set; }

    [Parameter(ParameterSetName = JsonSet), Parameter(ParameterSetName = JsonFileSet)]
    [Parameter(ParameterSetName = PropertiesSet)]
    public SwitchParameter AllowTaskPreemption { get; set; }

    [Parameter(ParameterSetName = JsonSet), Parameter(ParameterSetName = JsonFileSet)]
    [Parameter(ParameterSetName = PropertiesSet)]
    public SwitchParameter UsesTaskDependencies { get; set; }

    [Parameter(ParameterSetName = JsonSet), Parameter(ParameterSetName = JsonFileSet)]
    [Parameter(ParameterSetName = PropertiesSet)]
    [ValidateNotNull]
    public BatchJobConstraints? Constraints { get; set; }

    [Parameter(ParameterSetName = JsonSet), Parameter(ParameterSetName = JsonFileSet)]
    [Parameter(ParameterSetName = PropertiesSet)]
    [ValidateNotNull]
    public BatchJobManagerTask? JobManagerTask { get; set; }

    [Parameter(ParameterSetName = JsonSet), Parameter(ParameterSetName = JsonFileSet)]
    [Parameter(ParameterSetName = PropertiesSet)]
    [ValidateNotNull]
    public BatchJobPreparationTask? JobPreparationTask { get; set; }

    [Parameter(ParameterSetName = JsonSet), Parameter(ParameterSetName = JsonFileSet)]
    [Parameter(ParameterSetName = PropertiesSet)]
    [ValidateNotNull]
    public BatchJobReleaseTask? JobReleaseTask { get; set; }

    /// <summary>Environment variables for every task of the job: @{ NAME = 'value' }.</summary>
    [Parameter(ParameterSetName = JsonSet), Parameter(ParameterSetName = JsonFileSet)]
    [Parameter(ParameterSetName = PropertiesSet)]
    [ValidateNotNull]
    public IDictionary? CommonEnvironmentSettings { get; set; }

    [Parameter(ParameterSetName = JsonSet), Parameter(ParameterSetName = JsonFileSet)]
    [Parameter(ParameterSetName = PropertiesSet)]
    [ValidateNotNull]
    public IDictionary? Metadata { get; set; }

    [Parameter(ParameterSetName = JsonSet), Parameter(ParameterSetName = JsonFileSet)]
    [Parameter(ParameterSetName = PropertiesSet)]
    [ArgumentCompleter(typeof(ExtensibleEnumCompleter<BatchAllTasksCompleteMode>))]
    public BatchAllTasksCompleteMode? OnAllTasksComplete { get; set; }

    [Parameter(ParameterSetName = JsonSet), Parameter(ParameterSetName = JsonFileSet)]
    [Parameter(ParameterSetName = PropertiesSet)]
    [ArgumentCompleter(typeof(ExtensibleEnumCompleter<BatchTaskFailureMode>))]
    public BatchTaskFailureMode? OnTaskFailure { get; set; }

    [Parameter(ParameterSetName = JsonSet), Parameter(ParameterSetName = JsonFileSet)]
    [Parameter(ParameterSetName = PropertiesSet)]
    [ValidateNotNull]
    public BatchJobNetworkConfiguration? NetworkConfiguration { get; set; }

    /// <summary>The whole job specification, e.g. piped in or built from a hashtable.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = ObjectSet)]
    [ValidateNotNull]
    public BatchJobCreateOptions? InputObject { get; set; }

    protected override void ProcessRecord()
    {
        var job = ParameterSetName == ObjectSet ? InputObject! : ParameterSetName == PropertiesSet ? FromParameters() : FromJson();
        if (job is null) return;
        var jobId = job.Id ?? "";
        if (!ShouldProcess(jobId, "Create Batch job")) return;
        if (!TryCall(jobId, (client, token) => client.CreateJobAsync(job, cancellationToken: token), out _)) return;
        WriteJob(jobId);
    }

    private BatchJobCreateOptions FromParameters() => new()
    {
        Id = Id,
        DisplayName = DisplayName,
        PoolInfo = PoolInfo ?? (PoolId is null ? null : new BatchPoolInfo { PoolId = PoolId }),
        Priority = Priority,
        MaxParallelTasks = MaxParallelTasks,
        AllowTaskPreemption = AllowTaskPreemption.IsPresent ? true : null,
        UsesTaskDependencies = UsesTaskDependencies.IsPresent ? true : null,
        Constraints = Constraints,
        JobManagerTask = JobManagerTask,
        JobPreparationTask = JobPreparationTask,
        JobReleaseTask = JobReleaseTask,
        CommonEnvironmentSettings = NameValueConversion.ToEnvironmentSettings(CommonEnvironmentSettings),
        Metadata = NameValueConversion.ToMetadata(Metadata),
        OnAllTasksComplete = OnAllTasksComplete,
        OnTaskFailure = OnTaskFailure,
        NetworkConfiguration = NetworkConfiguration,
    };
}
