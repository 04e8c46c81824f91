using System.Globalization;
using System.Text.Json.Nodes;
using AzBatchJobs.Emulator.Http;
using Microsoft.Data.Sqlite;

namespace AzBatchJobs.Emulator.Store;

/// <summary>
/// Job schedules: create, read, change, and the state machine the client drives (active, disabled,
/// terminating, completed, deleting). Jobs and schedules share one id space: neither may take the
/// id of the other. What the schedule does over time is in BatchStore.ScheduledJobs.cs.
/// </summary>
internal sealed partial class BatchStore
{
    private void PrepareJobScheduleTables() => Execute("""
        CREATE TABLE IF NOT EXISTS job_schedules(
            key TEXT PRIMARY KEY, id TEXT NOT NULL, state TEXT NOT NULL, doc TEXT NOT NULL,
            job_count INTEGER NOT NULL DEFAULT 0, last_run TEXT) WITHOUT ROWID;
        """);

    public JobScheduleRecord CreateJobSchedule(JsonObject doc)
    {
        string id = (string)doc["id"]!;
        lock (_gate)
        {
            using var transaction = _db.BeginTransaction();
            if (ReadJob(transaction, KeyOf(id)) is not null)
            {
                throw BatchErrorException.Conflict("JobWithSameIdExists",
                    "A job with the specified job schedule id exists. Job and job schedule cannot have the same id.");
            }
            using var command = Command(transaction,
                "INSERT INTO job_schedules(key, id, state, doc) VALUES($k, $i, $s, $d) ON CONFLICT(key) DO NOTHING",
                ("$k", KeyOf(id)), ("$i", id), ("$s", (string)doc["state"]!), ("$d", doc.ToJsonString()));
            if (command.ExecuteNonQuery() == 0)
            {
                throw BatchErrorException.Conflict("JobScheduleExists", "The specified job schedule already exists.");
            }
            transaction.Commit();
        }
        return new JobScheduleRecord(KeyOf(id), id, (string)doc["state"]!, doc, 0, null);
    }

    public JobScheduleRecord GetJobSchedule(string jobScheduleId)
    {
        lock (_gate)
        {
            return ReadJobSchedule(null, KeyOf(jobScheduleId)) ?? throw JobScheduleNotFound();
        }
    }

    /// <summary>Up to <paramref name="limit"/> schedules after <paramref name="afterKey"/>, in key order.</summary>
    public IReadOnlyList<JobScheduleRecord> ListJobSchedules(string afterKey, int limit)
    {
        lock (_gate)
        {
            using var command = Command(null, $"{SelectJobSchedule} WHERE key > $a ORDER BY key LIMIT $l", ("$a", afterKey), ("$l", limit));
            return ReadJobSchedules(command);
        }
    }

    /// <summary>Changes schedule properties (update or replace): not once it is terminating, completed or being deleted.</summary>
    public JobScheduleRecord UpdateJobSchedule(string jobScheduleId, Action<EntityVersion> precondition, DateTime now, Action<JsonObject> change) =>
        ChangeJobSchedule(jobScheduleId, precondition, now, (schedule, doc) =>
        {
            RejectFinishingJobSchedule(schedule);
            change(doc);
            return true;
        });

    /// <summary>active -> disabled; a disabled schedule stays as it is.</summary>
    public JobScheduleRecord DisableJobSchedule(string jobScheduleId, Action<EntityVersion> precondition, DateTime now) =>
        ChangeJobSchedule(jobScheduleId, precondition, now, (schedule, doc) =>
        {
            RejectFinishingJobSchedule(schedule);
            return MoveTo(doc, schedule.State == "disabled" ? null : "disabled", now);
        });

    /// <summary>disabled -> active; an active schedule stays as it is.</summary>
    public JobScheduleRecord EnableJobSchedule(string jobScheduleId, Action<EntityVersion> precondition, DateTime now) =>
        ChangeJobSchedule(jobScheduleId, precondition, now, (schedule, doc) =>
        {
            RejectFinishingJobSchedule(schedule);
            return MoveTo(doc, schedule.State == "active" ? null : "active", now);
        });

    /// <summary>-> terminating; it completes once its active job, if any, has completed (the runner ends it).</summary>
    public JobScheduleRecord TerminateJobSchedule(string jobScheduleId, Action<EntityVersion> precondition, DateTime now) =>
        ChangeJobSchedule(jobScheduleId, precondition, now, (schedule, doc) =>
        {
            RejectFinishingJobSchedule(schedule);
            return MoveTo(doc, "terminating", now);
        });

    /// <summary>-> deleting; it is gone once all its jobs are (the runner deletes them).</summary>
    public JobScheduleRecord DeleteJobSchedule(string jobScheduleId, Action<EntityVersion> precondition, DateTime now) =>
        ChangeJobSchedule(jobScheduleId, precondition, now, (schedule, doc) =>
        {
            if (schedule.State == "deleting")
            {
                throw BeingDeleted();
            }
            return MoveTo(doc, "deleting", now);
        });

    private static bool MoveTo(JsonObject doc, string? state, DateTime now)
    {
        if (state is null)
        {
            return false;
        }
        StoredDoc.SetState(doc, state, now);
        return true;
    }

    private JobScheduleRecord ChangeJobSchedule(string jobScheduleId, Action<EntityVersion> precondition, DateTime now, Func<JobScheduleRecord, JsonObject, bool> change)
    {
        lock (_gate)
        {
            using var transaction = _db.BeginTransaction();
            var schedule = ReadJobSchedule(transaction, KeyOf(jobScheduleId)) ?? throw JobScheduleNotFound();
            precondition(schedule.Version);
            var doc = schedule.Doc;
            if (!change(schedule, doc))
            {
                return schedule;
            }
            StoredDoc.Touch(doc, now);
            WriteJobSchedule(transaction, schedule with { State = (string)doc["state"]! });
            transaction.Commit();
            return ReadJobSchedule(null, schedule.Key)!;
        }
    }

    private static void RejectFinishingJobSchedule(JobScheduleRecord schedule)
    {
        switch (schedule.State)
        {
            case "deleting":
                throw BeingDeleted();
            case "terminating":
                throw BatchErrorException.Conflict("JobScheduleBeingTerminated", "The specified job schedule is being terminated.");
            case "completed":
                throw BatchErrorException.Conflict("JobScheduleCompleted", "The specified job schedule is already in completed state.");
        }
    }

    private static BatchErrorException BeingDeleted() =>
        BatchErrorException.Conflict("JobScheduleBeingDeleted", "The specified job schedule has been marked for deletion and is being reclaimed.");

    private static BatchErrorException JobScheduleNotFound() =>
        new(404, "JobScheduleNotFound", "The specified job schedule does not exist.");

    /// <summary>A job may not take the id of a job schedule (the service's JobScheduleWithSameIdExists).</summary>
    private void RejectJobScheduleWithSameId(SqliteTransaction transaction, string key)
    {
        if (ReadJobSchedule(transaction, key) is not null)
        {
            throw BatchErrorException.Conflict("JobScheduleWithSameIdExists",
                "A job schedule with the specified job id exists. Job and job schedule cannot have the same id.");
        }
    }

    private const string SelectJobSchedule = "SELECT key, id, state, doc, job_count, last_run FROM job_schedules";

    private JobScheduleRecord? ReadJobSchedule(SqliteTransaction? transaction, string key)
    {
        using var command = Command(transaction, $"{SelectJobSchedule} WHERE key = $k", ("$k", key));
        return ReadJobSchedules(command).SingleOrDefault();
    }

    private static List<JobScheduleRecord> ReadJobSchedules(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var schedules = new List<JobScheduleRecord>();
        while (reader.Read())
        {
            DateTime? lastRun = reader.IsDBNull(5) ? null
                : DateTime.Parse(reader.GetString(5), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
            schedules.Add(new JobScheduleRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2),
                StoredDoc.Parse(reader.GetString(3), reader.GetString(1), reader.GetString(2)), reader.GetInt64(4), lastRun));
        }
        return schedules;
    }

    private void WriteJobSchedule(SqliteTransaction transaction, JobScheduleRecord schedule)
    {
        using var command = Command(transaction,
            "UPDATE job_schedules SET state = $s, doc = $d, job_count = $n, last_run = $r WHERE key = $k",
            ("$s", schedule.State), ("$d", schedule.Doc.ToJsonString()), ("$n", schedule.JobCount),
            ("$r", schedule.LastRun is { } lastRun ? StoredDoc.Time(lastRun) : null), ("$k", schedule.Key));
        command.ExecuteNonQuery();
    }
}
