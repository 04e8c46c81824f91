using System;
using System.Collections.Generic;

namespace AzBatchJobs.Emulator.Node;

/// <summary>An environment variable setting from the job or the task (the spec's EnvironmentSetting).</summary>
internal sealed record EnvironmentSetting(string Name, string? Value);

/// <summary>Who and where a task runs: the inputs of the AZ_BATCH_* variables.</summary>
internal sealed record TaskRunIdentity(
    string JobId,
    string TaskId,
    string PoolId,
    string NodeId,
    TaskDirectory Directory,
    TaskDirectory? JobPreparationDirectory);

/// <summary>
/// Builds the whole environment a task process gets on the local node, in this order (later wins):
/// the few variables of the emulator's own environment that programs need (<see cref="HostEnvironment"/>),
/// the job's commonEnvironmentSettings, then the task's environmentSettings, then the Batch
/// variables (AZ_BATCH_*), which the service reserves. Nothing else is inherited.
/// </summary>
internal sealed class TaskEnvironmentBuilder
{
    private readonly NodeDirectories _node;
    private readonly IReadOnlyDictionary<string, string> _host;

    public TaskEnvironmentBuilder(NodeDirectories node, IReadOnlyDictionary<string, string> hostEnvironment)
    {
        _node = node;
        _host = hostEnvironment;
    }

    public IReadOnlyDictionary<string, string> Build(
        TaskRunIdentity identity,
        IEnumerable<EnvironmentSetting>? jobCommonSettings,
        IEnumerable<EnvironmentSetting>? taskSettings)
    {
        var comparer = OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var environment = new Dictionary<string, string>(_host, comparer);
        Apply(environment, jobCommonSettings, "commonEnvironmentSettings");
        Apply(environment, taskSettings, "environmentSettings");

        environment["AZ_BATCH_JOB_ID"] = identity.JobId;
        environment["AZ_BATCH_TASK_ID"] = identity.TaskId;
        environment["AZ_BATCH_POOL_ID"] = identity.PoolId;
        environment["AZ_BATCH_NODE_ID"] = identity.NodeId;
        environment["AZ_BATCH_NODE_ROOT_DIR"] = _node.Root;
        environment["AZ_BATCH_NODE_SHARED_DIR"] = _node.SharedDir;
        environment["AZ_BATCH_TASK_DIR"] = identity.Directory.TaskDir;
        environment["AZ_BATCH_TASK_WORKING_DIR"] = identity.Directory.WorkingDir;
        if (identity.JobPreparationDirectory is { } prep)
        {
            environment["AZ_BATCH_JOB_PREP_DIR"] = prep.TaskDir;
            environment["AZ_BATCH_JOB_PREP_WORKING_DIR"] = prep.WorkingDir;
        }
        return environment;
    }

    private static void Apply(Dictionary<string, string> environment, IEnumerable<EnvironmentSetting>? settings, string field)
    {
        if (settings is null)
        {
            return;
        }
        foreach (EnvironmentSetting setting in settings)
        {
            if (string.IsNullOrEmpty(setting.Name) || setting.Name.Contains('='))
            {
                throw new ArgumentException(
                    $"{field}: '{setting.Name}' is not a valid environment variable name (non-empty, no '=').", field);
            }
            environment[setting.Name] = setting.Value ?? string.Empty;
        }
    }
}
