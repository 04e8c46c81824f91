using System;
using System.IO;
using System.Text.RegularExpressions;
using AzBatchJobs.Emulator.Store;

namespace AzBatchJobs.Emulator.Node;

/// <summary>The directories of one task run on the node: the task directory and its files.</summary>
internal sealed record TaskDirectory(string TaskDir, string WorkingDir, string StdoutPath, string StderrPath)
{
    /// <summary>Creates the task and working directories if they do not exist yet.</summary>
    public void Create() => Directory.CreateDirectory(WorkingDir);
}

/// <summary>
/// The on-disk layout of the local node under its root (the emulator's state directory):
/// <code>
/// &lt;root&gt;/shared/                                   AZ_BATCH_NODE_SHARED_DIR
/// &lt;root&gt;/jobs/&lt;jobId&gt;/jobpreparation/{wd/,stdout.txt,stderr.txt}
/// &lt;root&gt;/jobs/&lt;jobId&gt;/jobrelease/{wd/,stdout.txt,stderr.txt}
/// &lt;root&gt;/jobs/&lt;jobId&gt;/tasks/&lt;taskId&gt;/{wd/,stdout.txt,stderr.txt}
/// &lt;root&gt;/jobs/&lt;jobId&gt;/tasks/&lt;taskId&gt;/subtasks/&lt;n&gt;/{wd/,...}   multi-instance subtasks 1..n-1
/// </code>
/// Directory names are the ids as stored (the case the job or task was created with; the ':' of a
/// scheduled job's id escaped), the same layout the store's task file API serves (BatchStore.TaskDirectory). Ids are checked against the Batch id rule (letters, digits, hyphens, underscores, at most 64)
/// so that no id can name a path outside the root.
/// </summary>
internal sealed class NodeDirectories
{
    private static readonly Regex IdRule = new("^[A-Za-z0-9_-]{1,64}$", RegexOptions.CultureInvariant);

    // A job id, or the id of a job a job schedule made: "{scheduleId}:job-{n}".
    private static readonly Regex JobIdRule = new("^[A-Za-z0-9_-]{1,64}(:job-[0-9]{1,19})?$", RegexOptions.CultureInvariant);

    public NodeDirectories(string root)
    {
        if (string.IsNullOrWhiteSpace(root))
        {
            throw new ArgumentException("root: the node root directory is required.", nameof(root));
        }
        // Real (links followed), so that paths below it can be checked with ContainedPath.
        Root = ContainedPath.RealPath(Path.GetFullPath(root)) ?? Path.GetFullPath(root);
    }

    /// <summary>AZ_BATCH_NODE_ROOT_DIR.</summary>
    public string Root { get; }

    /// <summary>AZ_BATCH_NODE_SHARED_DIR.</summary>
    public string SharedDir => Path.Combine(Root, "shared");

    public string JobDir(string jobId) => Path.Combine(Root, "jobs", BatchStore.JobFolderName(Name(jobId, "jobId", JobIdRule)));

    public TaskDirectory ForTask(string jobId, string taskId) =>
        Describe(Path.Combine(JobDir(jobId), "tasks", Name(taskId, "taskId", IdRule)));

    public TaskDirectory ForJobPreparation(string jobId) => Describe(Path.Combine(JobDir(jobId), "jobpreparation"));

    public TaskDirectory ForJobRelease(string jobId) => Describe(Path.Combine(JobDir(jobId), "jobrelease"));

    /// <summary>Subtask 0 of a multi-instance task is the primary and uses the task's own directory.</summary>
    public TaskDirectory ForSubtask(string jobId, string taskId, int subtaskId)
    {
        if (subtaskId < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(subtaskId), subtaskId, "subtaskId: must be 0 or more.");
        }
        TaskDirectory task = ForTask(jobId, taskId);
        return subtaskId == 0
            ? task
            : Describe(Path.Combine(task.TaskDir, "subtasks", subtaskId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static TaskDirectory Describe(string taskDir) =>
        new(taskDir, Path.Combine(taskDir, "wd"), Path.Combine(taskDir, "stdout.txt"), Path.Combine(taskDir, "stderr.txt"));

    private static string Name(string id, string field, Regex rule)
    {
        if (id is null || !rule.IsMatch(id))
        {
            throw new ArgumentException(
                $"{field}: '{id}' is not a valid Batch id (1 to 64 letters, digits, hyphens or underscores).", field);
        }
        return id;
    }
}
