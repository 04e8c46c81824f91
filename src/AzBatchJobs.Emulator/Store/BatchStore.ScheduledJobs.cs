using System.Text.Json.Nodes;
using AzBatchJobs.Emulator.Schedules;
using Microsoft.Data.Sqlite;

namespace AzBatchJobs.Emulator.Store;

/// <summary>
/// What job schedules do over time, for the runner (Schedules/JobScheduleRunner): create their jobs,
/// complete, and go away once deleted. A schedule's jobs are the jobs whose key starts with
/// "{scheduleKey}:job-"; ids given by clients cannot contain ':', so no other job matches.
/// Creating a job and recording it on its schedule is one transaction, so a job is never made twice.
/// </summary>
internal sealed partial class BatchStore
{
    /// <summary>The folder of a job's files under jobs/: its id, with the ':' of a scheduled job's id escaped (Windows file names cannot hold one).</summary>
    public static string JobFolderName(string jobId) => jobId.Replace(":", "%3A", StringComparison.Ordinal);

    /// <summary>The jobs a schedule made that still exist, in key order, after <paramref name="afterKey"/>.</summary>
    public IReadOnlyList<JobRecord> ListJobsOfSchedule(string scheduleKey, string afterKey, int limit)
    {
        var (first, end) = JobKeyRange(scheduleKey);
        lock (_gate)
        {
            using var command = Command(null,
                "SELECT key, id, state, doc FROM jobs WHERE key > $a AND key >= $f AND key < $e ORDER BY key LIMIT $l",
                ("$a", afterKey), ("$f", first), ("$e", end), ("$l", limit));
            using var reader = command.ExecuteReader();
            var jobs = new List<JobRecord>();
            while (reader.Read())
            {
                jobs.Add(new JobRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2),
                    StoredDoc.Parse(reader.GetString(3), reader.GetString(1), reader.GetString(2))));
            }
            return jobs;
        }
    }

    /// <summary>Succeeded and failed tasks and task retries over the schedule's jobs (the counters on their rows).</summary>
    public (long Succeeded, long Failed, long Retries) JobScheduleTaskTotals(string scheduleKey)
    {
        var (first, end) = JobKeyRange(scheduleKey);
        lock (_gate)
        {
            using var command = Command(null,
                "SELECT COALESCE(SUM(succeeded), 0), COALESCE(SUM(failed), 0), COALESCE(SUM(task_retries), 0) FROM jobs WHERE key >= $f AND key < $e",
                ("$f", first), ("$e", end));
            using var reader = command.ExecuteReader();
            reader.Read();
            return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
        }
    }

    /// <summary>The schedule's most recent job while it is active: neither completed nor being deleted.</summary>
    public JobRecord? ActiveJobOf(string scheduleKey)
    {
        lock (_gate)
        {
            return ReadJobSchedule(null, scheduleKey) is { } schedule ? ActiveJob(null, schedule) : null;
        }
    }

    /// <summary>
    /// One step of an active schedule, in one transaction: <paramref name="decide"/> is given the schedule and
    /// whether its job is active; a job it asks for is made by <paramref name="newJob"/> (schedule document, job id).
    /// Returns when the schedule wants its next look, or null.
    /// </summary>
    public DateTime? AdvanceActiveJobSchedule(string scheduleKey, DateTime now,
        Func<JobScheduleRecord, bool, ScheduleStep> decide, Func<JsonObject, string, JsonObject> newJob)
    {
        string? created = null;
        ScheduleStep step;
        lock (_gate)
        {
            using var transaction = _db.BeginTransaction();
            var schedule = ReadJobSchedule(transaction, scheduleKey);
            if (schedule is not { State: "active" })
            {
                return null;
            }
            step = decide(schedule, ActiveJob(transaction, schedule) is not null);
            var info = StoredDoc.Child(schedule.Doc, "executionInfo");
            string? nextRunTime = step.NextRunTime is { } next ? StoredDoc.Time(next) : null;
            switch (step.Action)
            {
                case ScheduleAction.CreateJob:
                    long number = schedule.JobCount;
                    JsonObject job;
                    do
                    {
                        number++;
                        job = newJob(schedule.Doc, $"{schedule.Id}:job-{number}");
                    }
                    while (!InsertJob(transaction, job));
                    created = (string)job["id"]!;
                    info["recentJob"] = new JsonObject { ["id"] = created };
                    schedule = schedule with { JobCount = number, LastRun = now };
                    SetNextRunTime(info, nextRunTime);
                    break;
                case ScheduleAction.Complete:
                    CompleteJobScheduleDoc(schedule.Doc, now);
                    schedule = schedule with { State = "completed" };
                    break;
                case ScheduleAction.Wait when (string?)info["nextRunTime"] == nextRunTime:
                    return step.WakeAt;
                case ScheduleAction.Wait:
                    SetNextRunTime(info, nextRunTime);
                    break;
            }
            WriteJobSchedule(transaction, schedule);
            transaction.Commit();
        }
        if (created is not null)
        {
            Raise(new StoreChange(StoreChangeKind.JobStateChanged, created));
        }
        return step.WakeAt;
    }

    /// <summary>terminating -> completed once the schedule has no active job.</summary>
    public void CompleteTerminatedJobSchedule(string scheduleKey, DateTime now)
    {
        lock (_gate)
        {
            using var transaction = _db.BeginTransaction();
            var schedule = ReadJobSchedule(transaction, scheduleKey);
            if (schedule is not { State: "terminating" } || ActiveJob(transaction, schedule) is not null)
            {
                return;
            }
            CompleteJobScheduleDoc(schedule.Doc, now);
            WriteJobSchedule(transaction, schedule with { State = "completed" });
            transaction.Commit();
        }
    }

    /// <summary>Removes a schedule being deleted once none of its jobs is left; true when it is gone.</summary>
    public bool RemoveDeletedJobSchedule(string scheduleKey)
    {
        var (first, end) = JobKeyRange(scheduleKey);
        lock (_gate)
        {
            using var transaction = _db.BeginTransaction();
            using var remove = Command(transaction,
                "DELETE FROM job_schedules WHERE key = $k AND state = 'deleting' AND NOT EXISTS (SELECT 1 FROM jobs WHERE key >= $f AND key < $e)",
                ("$k", scheduleKey), ("$f", first), ("$e", end));
            bool removed = remove.ExecuteNonQuery() == 1;
            transaction.Commit();
            return removed;
        }
    }

    // "{key}:job-" up to "{key}:job." ('.' follows '-'): exactly the keys that start with the prefix.
    private static (string First, string End) JobKeyRange(string scheduleKey) => (scheduleKey + ":job-", scheduleKey + ":job.");

    private JobRecord? ActiveJob(SqliteTransaction? transaction, JobScheduleRecord schedule) =>
        schedule.RecentJobId is { } id && ReadJob(transaction, KeyOf(id)) is { State: not ("completed" or "deleting") } job ? job : null;

    private static void SetNextRunTime(JsonObject info, string? nextRunTime)
    {
        if (nextRunTime is null)
        {
            info.Remove("nextRunTime");
        }
        else
        {
            info["nextRunTime"] = nextRunTime;
        }
    }

    private static void CompleteJobScheduleDoc(JsonObject doc, DateTime now)
    {
        StoredDoc.SetState(doc, "completed", now);
        var info = StoredDoc.Child(doc, "executionInfo");
        info.Remove("nextRunTime");
        info["endTime"] = StoredDoc.Time(now);
        StoredDoc.Touch(doc, now);
    }
}
