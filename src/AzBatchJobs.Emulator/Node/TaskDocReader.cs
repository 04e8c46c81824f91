using System.Text.Json.Nodes;
using System.Xml;

namespace AzBatchJobs.Emulator.Node;

/// <summary>What the node needs from a stored job document (wire JSON).</summary>
internal sealed record JobRunSpec(
    string PoolId,
    int Priority,
    int MaxParallelTasks,
    bool UsesTaskDependencies,
    bool PerformsExitOptionsJobAction,
    int? MaxTaskRetryCount,
    TimeSpan? MaxWallClockTime,
    DateTimeOffset CreationTime,
    IReadOnlyList<EnvironmentSetting> CommonEnvironment);

/// <summary>What the node needs from a stored task document (wire JSON).</summary>
internal sealed record TaskRunSpec(
    string CommandLine,
    int RequiredSlots,
    DateTimeOffset CreationTime,
    IReadOnlyList<EnvironmentSetting> Environment,
    IReadOnlyList<ResourceFileRequest> ResourceFiles,
    IReadOnlyList<OutputFileRequest> OutputFiles,
    int? MaxTaskRetryCount,
    TimeSpan? MaxWallClockTime,
    ExitConditionsSpec? ExitConditions,
    TaskDependenciesSpec? DependsOn,
    MultiInstanceSpec? MultiInstance);

/// <summary>The spec's MultiInstanceSettings: instances, the coordination command line, common resource files.</summary>
internal sealed record MultiInstanceSpec(int NumberOfInstances, string CoordinationCommandLine, IReadOnlyList<ResourceFileRequest> CommonResourceFiles);

/// <summary>Reads the node's inputs out of the REST layer's stored documents (the spec's wire names).</summary>
internal static class TaskDocReader
{
    public static JobRunSpec ReadJob(JsonObject job) => new(
        PoolId: (string?)job["poolInfo"]?["poolId"] ?? "local-pool",
        Priority: (int?)job["priority"] ?? 0,
        MaxParallelTasks: (int?)job["maxParallelTasks"] ?? -1,
        UsesTaskDependencies: (bool?)job["usesTaskDependencies"] ?? false,
        PerformsExitOptionsJobAction: string.Equals((string?)job["onTaskFailure"], "performexitoptionsjobaction", StringComparison.OrdinalIgnoreCase),
        MaxTaskRetryCount: (int?)job["constraints"]?["maxTaskRetryCount"],
        MaxWallClockTime: Duration(job["constraints"]?["maxWallClockTime"]),
        CreationTime: Time(job["creationTime"]),
        CommonEnvironment: Environment(job["commonEnvironmentSettings"]));

    public static TaskRunSpec ReadTask(JsonObject task) => new(
        CommandLine: (string?)task["commandLine"] ?? string.Empty,
        RequiredSlots: (int?)task["requiredSlots"] ?? 1,
        CreationTime: Time(task["creationTime"]),
        Environment: Environment(task["environmentSettings"]),
        ResourceFiles: ResourceFiles(task["resourceFiles"]),
        OutputFiles: Items(task["outputFiles"]).Select(o => new OutputFileRequest(
            (string?)o["filePattern"] ?? string.Empty,
            (string?)o["destination"]?["container"]?["containerUrl"] ?? string.Empty,
            (string?)o["destination"]?["container"]?["path"],
            (string?)o["uploadOptions"]?["uploadCondition"] ?? "taskcompletion")).ToList(),
        MaxTaskRetryCount: (int?)task["constraints"]?["maxTaskRetryCount"],
        MaxWallClockTime: Duration(task["constraints"]?["maxWallClockTime"]),
        ExitConditions: ExitConditions(task["exitConditions"] as JsonObject),
        DependsOn: Dependencies(task["dependsOn"] as JsonObject),
        MultiInstance: MultiInstance(task["multiInstanceSettings"] as JsonObject));

    private static MultiInstanceSpec? MultiInstance(JsonObject? settings) => settings is null ? null : new(
        (int?)settings["numberOfInstances"] ?? 1,
        (string?)settings["coordinationCommandLine"] ?? string.Empty,
        ResourceFiles(settings["commonResourceFiles"]));

    /// <summary>How a completed task's stored executionInfo looks to exit conditions (for its dependents).</summary>
    public static TaskExitOutcome CompletedOutcome(JsonObject task)
    {
        JsonNode? info = task["executionInfo"];
        string? code = (string?)info?["failureInfo"]?["code"];
        bool upload = code is not null && code.StartsWith("FileUpload", StringComparison.Ordinal);
        int? exitCode = (int?)info?["exitCode"];
        bool pre = exitCode is null && code is not null && code != TaskFailureCodes.TaskEnded;
        return new TaskExitOutcome(exitCode ?? (code is null ? 0 : null), pre, upload);
    }

    private static IReadOnlyList<ResourceFileRequest> ResourceFiles(JsonNode? files) =>
        Items(files).Select(r => new ResourceFileRequest(
            (string?)r["httpUrl"], (string?)r["storageContainerUrl"], (string?)r["autoStorageContainerName"],
            (string?)r["blobPrefix"], (string?)r["filePath"], (string?)r["fileMode"])).ToList();

    private static ExitConditionsSpec? ExitConditions(JsonObject? conditions) => conditions is null ? null : new(
        Items(conditions["exitCodes"]).Select(c => new ExitCodeMappingSpec((int?)c["code"] ?? 0, Options(c["exitOptions"]) ?? new(null, null))).ToList(),
        Items(conditions["exitCodeRanges"]).Select(r => new ExitCodeRangeSpec((int?)r["start"] ?? 0, (int?)r["end"] ?? 0, Options(r["exitOptions"]) ?? new(null, null))).ToList(),
        Options(conditions["preProcessingError"]),
        Options(conditions["fileUploadError"]),
        Options(conditions["default"]));

    private static ExitOptionsSpec? Options(JsonNode? options) =>
        options is null ? null : new ExitOptionsSpec((string?)options["jobAction"], (string?)options["dependencyAction"]);

    private static TaskDependenciesSpec? Dependencies(JsonObject? dependsOn) => dependsOn is null ? null : new(
        Items(dependsOn["taskIds"]).Select(i => (string?)i ?? string.Empty).ToList(),
        Items(dependsOn["taskIdRanges"]).Select(r => new TaskIdRangeSpec((int?)r["start"] ?? 0, (int?)r["end"] ?? 0)).ToList());

    private static IReadOnlyList<EnvironmentSetting> Environment(JsonNode? settings) =>
        Items(settings).Select(s => new EnvironmentSetting((string?)s["name"] ?? string.Empty, (string?)s["value"])).ToList();

    private static IEnumerable<JsonNode> Items(JsonNode? array) =>
        array is JsonArray items ? items.Where(i => i is not null).Select(i => i!) : [];

    // The service's "unlimited" (P10675199DT2H48M5.4775807S) and anything beyond TimeSpan read as no limit.
    public static TimeSpan? Duration(JsonNode? value)
    {
        if ((string?)value is not { } text)
        {
            return null;
        }
        try
        {
            TimeSpan duration = XmlConvert.ToTimeSpan(text);
            return duration >= TimeSpan.FromDays(3650) ? null : duration;
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            return null;
        }
    }

    private static DateTimeOffset Time(JsonNode? value) =>
        (string?)value is { } text ? DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : DateTimeOffset.MinValue;
}
