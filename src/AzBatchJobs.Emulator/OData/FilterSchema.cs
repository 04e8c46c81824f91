namespace AzBatchJobs.Emulator.OData;

internal enum FilterType
{
    String,
    Integer,
    Boolean,
    DateTime,
}

/// <summary>The properties a $filter may name for one kind of resource, with their types and, for enums, their values.</summary>
internal sealed class FilterSchema
{
    private static readonly string[] JobStates = ["active", "disabling", "disabled", "enabling", "terminating", "completed", "deleting"];
    private static readonly string[] JobScheduleStates = ["active", "completed", "disabled", "terminating", "deleting"];
    private static readonly string[] TaskStates = ["active", "preparing", "running", "completed"];
    private static readonly string[] PreparationStates = ["running", "completed"];

    private FilterSchema(Dictionary<string, FilterType> properties, Dictionary<string, string[]>? enums = null)
    {
        Properties = properties;
        Enums = enums ?? [];
    }

    public IReadOnlyDictionary<string, FilterType> Properties { get; }

    /// <summary>String properties that take only the spec's enum values; any other value is refused.</summary>
    public IReadOnlyDictionary<string, string[]> Enums { get; }

    private static Dictionary<string, FilterType> Common() => new(StringComparer.Ordinal)
    {
        ["id"] = FilterType.String,
        ["displayName"] = FilterType.String,
        ["state"] = FilterType.String,
        ["previousState"] = FilterType.String,
        ["creationTime"] = FilterType.DateTime,
        ["lastModified"] = FilterType.DateTime,
        ["stateTransitionTime"] = FilterType.DateTime,
        ["previousStateTransitionTime"] = FilterType.DateTime,
        ["executionInfo/startTime"] = FilterType.DateTime,
        ["executionInfo/endTime"] = FilterType.DateTime,
    };

    public static readonly FilterSchema Jobs = new(new Dictionary<string, FilterType>(Common(), StringComparer.Ordinal)
    {
        ["priority"] = FilterType.Integer,
        ["maxParallelTasks"] = FilterType.Integer,
        ["allowTaskPreemption"] = FilterType.Boolean,
        ["usesTaskDependencies"] = FilterType.Boolean,
        ["onAllTasksComplete"] = FilterType.String,
        ["onTaskFailure"] = FilterType.String,
        ["poolInfo/poolId"] = FilterType.String,
        ["executionInfo/poolId"] = FilterType.String,
        ["executionInfo/terminateReason"] = FilterType.String,
    }, new()
    {
        ["state"] = JobStates,
        ["previousState"] = JobStates,
        ["onAllTasksComplete"] = ["noaction", "terminatejob"],
        ["onTaskFailure"] = ["noaction", "performexitoptionsjobaction"],
    });

    public static readonly FilterSchema Tasks = new(new Dictionary<string, FilterType>(Common(), StringComparer.Ordinal)
    {
        ["commandLine"] = FilterType.String,
        ["requiredSlots"] = FilterType.Integer,
        ["executionInfo/result"] = FilterType.String,
        ["executionInfo/exitCode"] = FilterType.Integer,
        ["executionInfo/retryCount"] = FilterType.Integer,
        ["executionInfo/requeueCount"] = FilterType.Integer,
        ["nodeInfo/nodeId"] = FilterType.String,
        ["nodeInfo/poolId"] = FilterType.String,
    }, new()
    {
        ["state"] = TaskStates,
        ["previousState"] = TaskStates,
        ["executionInfo/result"] = ["success", "failure"],
    });

    public static readonly FilterSchema JobSchedules = new(new Dictionary<string, FilterType>(Common(), StringComparer.Ordinal)
    {
        ["executionInfo/nextRunTime"] = FilterType.DateTime,
        ["executionInfo/recentJob/id"] = FilterType.String,
        ["schedule/doNotRunUntil"] = FilterType.DateTime,
        ["schedule/doNotRunAfter"] = FilterType.DateTime,
        ["jobSpecification/poolInfo/poolId"] = FilterType.String,
        ["jobSpecification/priority"] = FilterType.Integer,
    }, new()
    {
        ["state"] = JobScheduleStates,
        ["previousState"] = JobScheduleStates,
    });

    public static readonly FilterSchema PreparationAndRelease = new(new Dictionary<string, FilterType>(StringComparer.Ordinal)
    {
        ["nodeId"] = FilterType.String,
        ["poolId"] = FilterType.String,
        ["jobPreparationTaskExecutionInfo/state"] = FilterType.String,
        ["jobReleaseTaskExecutionInfo/state"] = FilterType.String,
    }, new()
    {
        ["jobPreparationTaskExecutionInfo/state"] = PreparationStates,
        ["jobReleaseTaskExecutionInfo/state"] = PreparationStates,
    });

    public static readonly FilterSchema Files = new(new Dictionary<string, FilterType>(StringComparer.Ordinal)
    {
        ["name"] = FilterType.String,
        ["isDirectory"] = FilterType.Boolean,
    });
}
