using System;
using System.Collections.Generic;
using System.Globalization;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Client;

/// <summary>
/// Rejects, before anything is sent, input the Batch service is known to reject. Each failure is an
/// <see cref="ArgumentException"/> whose ParamName is the field and whose message states the rule.
/// </summary>
public static class BatchInputValidator
{
    public const int MaxIdLength = 64;
    public const int MinPriority = -1000;
    public const int MaxPriority = 1000;
    public const int MaxTasksPerCollection = 100;

    /// <summary>Ids (jobs, tasks, schedules): 1..64 characters, letters, digits, hyphens and underscores.</summary>
    public static void ValidateId(string? id, string field)
    {
        if (string.IsNullOrEmpty(id))
        {
            throw new ArgumentException($"{field} is required.", field);
        }
        if (id!.Length > MaxIdLength)
        {
            throw new ArgumentException(
                $"{field} '{id}' is {id.Length} characters long; ids may have at most {MaxIdLength} characters.", field);
        }
        foreach (var c in id)
        {
            if (!IsIdCharacter(c))
            {
                throw new ArgumentException(
                    $"{field} '{id}' contains '{c}'; ids may contain only letters, digits, hyphens and underscores.", field);
            }
        }
    }

    public static void ValidatePriority(int? priority, string field)
    {
        if (priority is < MinPriority or > MaxPriority)
        {
            throw new ArgumentException(
                $"{field} is {priority}; priority must be between {MinPriority} and {MaxPriority}.", field);
        }
    }

    /// <summary>
    /// Task file paths: required, and no '.' or '..' segment (split at '/' and '\'). An HTTP stack folds
    /// such segments away, so "files/.." would name the task itself (DELETE would delete the task).
    /// </summary>
    public static void ValidateFilePath(string? filePath, string field)
    {
        ValidateRequired(filePath, field);
        foreach (var segment in filePath!.Split('/', '\\'))
        {
            if (segment is "." or "..")
            {
                throw new ArgumentException(
                    $"{field} '{filePath}' has a '{segment}' segment; task file paths may not contain '.' or '..' segments.", field);
            }
        }
    }

    public static void ValidateRequired(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{field} is required.", field);
        }
    }

    public static void ValidateJobCreate(BatchJobCreateOptions? job)
    {
        if (job is null)
        {
            throw new ArgumentNullException("job", "The job to create is required.");
        }
        ValidateId(job.Id, "job.Id");
        ValidatePriority(job.Priority, "job.Priority");
        ValidateMaxParallelTasks(job.MaxParallelTasks, "job.MaxParallelTasks");
        if (job.PoolInfo is null)
        {
            throw new ArgumentException("job.PoolInfo is required: name an existing pool (PoolId) or an auto pool specification.", "job.PoolInfo");
        }
        if (job.JobManagerTask is not null)
        {
            ValidateId(job.JobManagerTask.Id, "job.JobManagerTask.Id");
            ValidateRequired(job.JobManagerTask.CommandLine, "job.JobManagerTask.CommandLine");
        }
        if (job.JobPreparationTask is not null)
        {
            ValidateRequired(job.JobPreparationTask.CommandLine, "job.JobPreparationTask.CommandLine");
        }
        if (job.JobReleaseTask is not null)
        {
            ValidateRequired(job.JobReleaseTask.CommandLine, "job.JobReleaseTask.CommandLine");
            if (job.JobPreparationTask is null)
            {
                throw new ArgumentException(
                    "job.JobReleaseTask: a job release task cannot be specified without also specifying a job preparation task (job.JobPreparationTask).",
                    "job.JobReleaseTask");
            }
        }
    }

    public static void ValidateJobReplace(BatchJob? job)
    {
        if (job is null)
        {
            throw new ArgumentNullException("job", "The job properties are required.");
        }
        ValidatePriority(job.Priority, "job.Priority");
        ValidateMaxParallelTasks(job.MaxParallelTasks, "job.MaxParallelTasks");
        if (job.PoolInfo is null)
        {
            throw new ArgumentException("job.PoolInfo is required when replacing a job (a full update removes what is not sent).", "job.PoolInfo");
        }
    }

    public static void ValidateJobUpdate(BatchJobUpdateOptions? update)
    {
        if (update is null)
        {
            throw new ArgumentNullException("update", "The job update is required.");
        }
        ValidatePriority(update.Priority, "update.Priority");
        ValidateMaxParallelTasks(update.MaxParallelTasks, "update.MaxParallelTasks");
    }

    public static void ValidateTaskCreate(BatchTaskCreateOptions? task, string field = "task")
    {
        if (task is null)
        {
            throw new ArgumentNullException(field, $"{field} is required.");
        }
        ValidateId(task.Id, field + ".Id");
        ValidateRequired(task.CommandLine, field + ".CommandLine");
        if (task.RequiredSlots is < 1)
        {
            throw new ArgumentException($"{field}.RequiredSlots is {task.RequiredSlots}; it must be at least 1.", field + ".RequiredSlots");
        }
    }

    /// <summary>1..100 valid tasks with ids unique within the request (ids are case-insensitive).</summary>
    public static IReadOnlyList<BatchTaskCreateOptions> ValidateTaskCollection(IEnumerable<BatchTaskCreateOptions>? tasks)
    {
        if (tasks is null)
        {
            throw new ArgumentNullException(nameof(tasks), "The tasks to create are required.");
        }
        var list = new List<BatchTaskCreateOptions>(tasks);
        if (list.Count == 0 || list.Count > MaxTasksPerCollection)
        {
            throw new ArgumentException(
                $"tasks has {list.Count} tasks; one create-collection request takes 1 to {MaxTasksPerCollection} tasks.", nameof(tasks));
        }
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < list.Count; i++)
        {
            var field = string.Format(CultureInfo.InvariantCulture, "tasks[{0}]", i);
            ValidateTaskCreate(list[i], field);
            if (!seen.Add(list[i].Id!))
            {
                throw new ArgumentException($"{field}.Id '{list[i].Id}' appears more than once; task ids must be unique within a job (case-insensitive).", field + ".Id");
            }
        }
        return list;
    }

    private static void ValidateMaxParallelTasks(int? value, string field)
    {
        if (value is not null && value != -1 && value < 1)
        {
            throw new ArgumentException($"{field} is {value}; it must be -1 (no limit) or at least 1.", field);
        }
    }

    private static bool IsIdCharacter(char c) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}
