using System;
using System.Collections;
using System.Management.Automation;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Cmdlets;

/// <summary>New-BatchTask: adds one task to a job (from parameters, an object, or REST-shaped JSON) and returns it.</summary>
[Cmdlet("New", "BatchTask", SupportsShouldProcess = true, DefaultParameterSetName = PropertiesSet)]
[OutputType(typeof(BatchTask))]
public sealed partial class NewBatchTaskCommand : BatchCmdlet
{
    private const string PropertiesSet = "Properties";
    private const string ObjectSet = "InputObject";

    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(JobIdCompleter))]
    public string? JobId { get; set; }

    [Parameter(ParameterSetName = JsonSet), Parameter(ParameterSetName = JsonFileSet)]
    [Parameter(Mandatory = true, Position = 1, ParameterSetName = PropertiesSet)]
    [ValidateNotNullOrEmpty]
    public string? Id { get; set; }

    [Parameter(ParameterSetName = JsonSet), Parameter(ParameterSetName = JsonFileSet)]
    [Parameter(Mandatory = true, Position = 2, ParameterSetName = PropertiesSet)]
    [ValidateNotNullOrEmpty]
    public string? CommandLine { get; set; }

    [Parameter(ParameterSetName = JsonSet), Parameter(ParameterSetName = JsonFileSet)]
    [Parameter(ParameterSetName = PropertiesSet)]
    [ValidateNotNullOrEmpty]
    public string? DisplayName { get; set; }

    [Parameter(ParameterSetName = JsonSet), Parameter(ParameterSetName = JsonFileSet)]
    [Parameter(ParameterSetName = PropertiesSet)]
    [ValidateNotNull]
    public BatchTaskConstraints? Constraints { get; set; }

    [Parameter(ParameterSetName = JsonSet), Parameter(ParameterSetName = JsonFileSet)]
    [Parameter(ParameterSetName = PropertiesSet)]
    [ValidateNotNull]
    public ResourceFile[]? ResourceFiles { get; set; }

    [Parameter(ParameterSetName = JsonSet), Parameter(ParameterSetName = JsonFileSet)]
    [Parameter(ParameterSetName = PropertiesSet)]
    [ValidateNotNull]
    public OutputFile[]? OutputFiles { get; set; }

    /// <summary>Environment variables of the task: @{ NAME = 'value' }.</summary>
    [Parameter(ParameterSetName = JsonSet), Parameter(ParameterSetName = JsonFileSet)]
    [Parameter(ParameterSetName = PropertiesSet)]
    [ValidateNotNull]
    public IDictionary? EnvironmentSettings { get; set; }

    [Parameter(ParameterSetName = JsonSet), Parameter(ParameterSetName = JsonFileSet)]
    [Parameter(ParameterSetName = PropertiesSet)]
    [ValidateNotNull]
    public ExitConditions? ExitConditions { get; set; }

    [Parameter(ParameterSetName = JsonSet), Parameter(ParameterSetName = JsonFileSet)]
    [Parameter(ParameterSetName = PropertiesSet)]
    [ValidateNotNull]
    public BatchTaskContainerSettings? ContainerSettings { get; set; }

    [Parameter(ParameterSetName = JsonSet), Parameter(ParameterSetName = JsonFileSet)]
    [Parameter(ParameterSetName = PropertiesSet)]
    [ValidateNotNull]
    public UserIdentity? UserIdentity { get; set; }

    [Parameter(ParameterSetName = JsonSet), Parameter(ParameterSetName = JsonFileSet)]
    [Parameter(ParameterSetName = PropertiesSet)]
    [ValidateNotNull]
    public BatchAffinityInfo? AffinityInfo { get; set; }

    [Parameter(ParameterSetName = JsonSet), Parameter(ParameterSetName = JsonFileSet)]
    [Parameter(ParameterSetName = PropertiesSet)]
    [ValidateRange(1, int.MaxValue)]
    public int? RequiredSlots { get; set; }

    [Parameter(ParameterSetName = JsonSet), Parameter(ParameterSetName = JsonFileSet)]
    [Parameter(ParameterSetName = PropertiesSet)]
    [ValidateNotNull]
    public MultiInstanceSettings? MultiInstanceSettings { get; set; }

    [Parameter(ParameterSetName = JsonSet), Parameter(ParameterSetName = JsonFileSet)]
    [Parameter(ParameterSetName = PropertiesSet)]
    [ValidateNotNull]
    public BatchTaskDependencies? DependsOn { get; set; }

    [Parameter(ParameterSetName = JsonSet), Parameter(ParameterSetName = JsonFileSet)]
    [Parameter(ParameterSetName = PropertiesSet)]
    [ValidateNotNull]
    public BatchApplicationPackageReference[]? ApplicationPackageReferences { get; set; }

    [Parameter(ParameterSetName = JsonSet), Parameter(ParameterSetName = JsonFileSet)]
    [Parameter(ParameterSetName = PropertiesSet)]
    [ValidateNotNull]
    public AuthenticationTokenSettings? AuthenticationTokenSettings { get; set; }

    /// <summary>The whole task: a BatchTaskCreateOptions, a hashtable or an object (a CSV row) with its properties.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = ObjectSet)]
    [ValidateNotNull]
    public PSObject? InputObject { get; set; }

    protected override void ProcessRecord()
    {
        var jobId = JobId!;
        BatchTaskCreateOptions task;
        if (ParameterSetName == PropertiesSet)
        {
            task = FromParameters();
        }
        else if (ParameterSetName != ObjectSet)
        {
            if (FromJson() is not { } read) return;
            task = read;
        }
        else if (!TaskInput.TryConvert(InputObject!, jobId, out task, out var error))
        {
            WriteError(error!);
            return;
        }
        var taskId = task.Id ?? "";
        var target = $"{jobId}/{taskId}";
        if (!ShouldProcess(target, "Add Batch task")) return;
        if (!TryCall(target, (client, token) => client.CreateTaskAsync(jobId, task, cancellationToken: token), out _)) return;
        WriteTask(jobId, taskId);
    }

    private BatchTaskCreateOptions FromParameters() => new()
    {
        Id = Id,
        CommandLine = CommandLine,
        DisplayName = DisplayName,
        Constraints = Constraints,
        ResourceFiles = ResourceFiles ?? Array.Empty<ResourceFile>(),
        OutputFiles = OutputFiles ?? Array.Empty<OutputFile>(),
        EnvironmentSettings = NameValueConversion.ToEnvironmentSettings(EnvironmentSettings),
        ExitConditions = ExitConditions,
        ContainerSettings = ContainerSettings,
        UserIdentity = UserIdentity,
        AffinityInfo = AffinityInfo,
        RequiredSlots = RequiredSlots,
        MultiInstanceSettings = MultiInstanceSettings,
        DependsOn = DependsOn,
        ApplicationPackageReferences = ApplicationPackageReferences ?? Array.Empty<BatchApplicationPackageReference>(),
        AuthenticationTokenSettings = AuthenticationTokenSettings,
    };
}
