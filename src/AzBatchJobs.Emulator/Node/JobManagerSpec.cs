using System.Text.Json.Nodes;

namespace AzBatchJobs.Emulator.Node;

/// <summary>
/// The job manager task's node-side settings (the spec's JobManagerTask): runExclusive (default
/// true: on the one local node nothing else runs beside it) and killJobOnCompletion (default true:
/// the job is terminated with terminateReason JMComplete when it completes).
/// </summary>
internal sealed record JobManagerSpec(string TaskId, bool RunExclusive, bool KillJobOnCompletion)
{
    public static JobManagerSpec? Read(JsonObject job) =>
        job["jobManagerTask"] is JsonObject manager && (string?)manager["id"] is { } id
            ? new JobManagerSpec(id, (bool?)manager["runExclusive"] ?? true, (bool?)manager["killJobOnCompletion"] ?? true)
            : null;

    public bool IsTask(string taskId) => string.Equals(taskId, TaskId, StringComparison.OrdinalIgnoreCase);
}
