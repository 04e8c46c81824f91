using System;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Client;

public static partial class BatchInputValidator
{
    /// <summary>The shortest startWindow and recurrenceInterval the service accepts.</summary>
    public static readonly TimeSpan MinScheduleInterval = TimeSpan.FromMinutes(1);

    public static void ValidateJobScheduleCreate(BatchJobScheduleCreateOptions? jobSchedule)
    {
        if (jobSchedule is null)
        {
            throw new ArgumentNullException("jobSchedule", "The job schedule to create is required.");
        }
        ValidateId(jobSchedule.Id, "jobSchedule.Id");
        if (jobSchedule.Schedule is null)
        {
            throw new ArgumentException("jobSchedule.Schedule is required (an empty one creates one job at once).", "jobSchedule.Schedule");
        }
        ValidateScheduleConfiguration(jobSchedule.Schedule, "jobSchedule.Schedule");
        ValidateJobSpecification(jobSchedule.JobSpecification, "jobSchedule.JobSpecification");
    }

    /// <summary>PUT: the job specification is required; a schedule left out is removed.</summary>
    public static void ValidateJobScheduleReplace(BatchJobSchedule? jobSchedule)
    {
        if (jobSchedule is null)
        {
            throw new ArgumentNullException("jobSchedule", "The job schedule properties are required.");
        }
        ValidateScheduleConfiguration(jobSchedule.Schedule, "jobSchedule.Schedule");
        ValidateJobSpecification(jobSchedule.JobSpecification, "jobSchedule.JobSpecification");
    }

    /// <summary>PATCH: what is set is checked; a job specification replaces the stored one whole, so it needs its PoolInfo.</summary>
    public static void ValidateJobScheduleUpdate(BatchJobScheduleUpdateOptions? update)
    {
        if (update is null)
        {
            throw new ArgumentNullException("update", "The job schedule update is required.");
        }
        ValidateScheduleConfiguration(update.Schedule, "update.Schedule");
        if (update.JobSpecification is not null)
        {
            ValidateJobSpecification(update.JobSpecification, "update.JobSpecification");
        }
    }

    private static void ValidateJobSpecification(BatchJobSpecification? specification, string field)
    {
        if (specification is null)
        {
            throw new ArgumentException($"{field} is required: the jobs the schedule creates (at least PoolInfo).", field);
        }
        ValidateJobContent(field, specification.Priority, specification.MaxParallelTasks, specification.PoolInfo,
            specification.JobManagerTask, specification.JobPreparationTask, specification.JobReleaseTask);
    }

    private static void ValidateScheduleConfiguration(BatchJobScheduleConfiguration? schedule, string field)
    {
        ValidateScheduleInterval(schedule?.StartWindow, field + ".StartWindow");
        ValidateScheduleInterval(schedule?.RecurrenceInterval, field + ".RecurrenceInterval");
    }

    private static void ValidateScheduleInterval(TimeSpan? value, string field)
    {
        if (value < MinScheduleInterval)
        {
            throw new ArgumentException($"{field} is {value}; it must be at least {MinScheduleInterval} (one minute).", field);
        }
    }
}
