using System.Text.Json.Nodes;
using AzBatchJobs.Emulator.Http;
using Microsoft.Data.Sqlite;

namespace AzBatchJobs.Emulator.Store;

/// <summary>Jobs: create, read, change, and the job state machine.</summary>
internal sealed partial class BatchStore
{
    public JobRecord CreateJob(JsonObject doc)
    {
        string id = (string)doc["id"]!;
        lock (_gate)
        {
            using var transaction = _db.BeginTransaction();
            RejectJobScheduleWithSameId(transaction, KeyOf(id));
            if (!InsertJob(transaction, doc))
            {
                throw BatchErrorException.Conflict("JobExists", "The specified job already exists.");
            }
            transaction.Commit();
        }
        Raise(new StoreChange(StoreChangeKind.JobStateChanged, id));
        return new JobRecord(KeyOf(id), id, (string)doc["state"]!, doc);
    }

    /// <summary>Adds the job row; false when a job with that id (in any case) exists.</summary>
    private bool InsertJob(SqliteTransaction transaction, JsonObject doc)
    {
        string id = (string)doc["id"]!;
        using var command = Command(transaction,
            "INSERT INTO jobs(key, id, state, priority, doc) VALUES($k, $i, $s, $p, $d) ON CONFLICT(key) DO NOTHING",
            ("$k", KeyOf(id)), ("$i", id), ("$s", (string)doc["state"]!), ("$p", (int?)doc["priority"] ?? 0), ("$d", doc.ToJsonString()));
        return command.ExecuteNonQuery() == 1;
    }

    public JobRecord GetJob(string jobId)
    {
        lock (_gate)
        {
            return RequireJob(null, jobId);
        }
    }

    /// <summary>Up to <paramref name="limit"/> jobs after <paramref name="afterKey"/>, in key order.</summary>
    public IReadOnlyList<JobRecord> ListJobs(string afterKey, int limit)
    {
        lock (_gate)
        {
            using var command = Command(null, "SELECT key, id, state, doc FROM jobs WHERE key > $a ORDER BY key LIMIT $l",
                ("$a", afterKey), ("$l", limit));
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

    /// <summary>Changes job properties (update or replace). Not allowed once the job is terminating, completed or being deleted.</summary>
    public JobRecord UpdateJob(string jobId, Action<EntityVersion> precondition, Action<JsonObject> change)
    {
        JobRecord updated;
        lock (_gate)
        {
            using var transaction = _db.BeginTransaction();
            var job = RequireJob(transaction, jobId);
            precondition(job.Version);
            RejectFinishingJob(job);
            var doc = job.Doc;
            change(doc);
            StoredDoc.Touch(doc, DateTime.UtcNow);
            WriteJob(transaction, job, doc);
            // "If a Job contains no Tasks, then all Tasks are considered complete": setting terminatejob
            // when no task is active or running completes the job now, not at a later task completion.
            CompleteJobWhenAllTasksComplete(transaction, job.Key);
            updated = ReadJob(transaction, job.Key)!;
            transaction.Commit();
        }
        Raise(new StoreChange(StoreChangeKind.JobStateChanged, updated.Id));
        return updated;
    }

    /// <summary>active/disabling/disabled -> disabling, then disabled once no task of the job runs.</summary>
    public JobRecord DisableJob(string jobId, string disableTasks, Action<EntityVersion> precondition)
    {
        return ChangeJobState(jobId, precondition, (transaction, job, doc, now) =>
        {
            string state = job.State;
            if (state is "disabling" or "disabled")
            {
                return false;
            }
            RejectFinishingJob(job);
            if (state != "active")
            {
                throw BatchErrorException.Conflict("JobNotActive", $"The specified job is not active (it is {state}).");
            }
            StoredDoc.SetState(doc, "disabling", now);
            // Running tasks are the node's to requeue, terminate or let finish (see the class comment).
            doc["disableTasks"] = disableTasks;
            return true;
        });
    }

    /// <summary>disabled/enabling -> enabling -> active.</summary>
    public JobRecord EnableJob(string jobId, Action<EntityVersion> precondition)
    {
        return ChangeJobState(jobId, precondition, (transaction, job, doc, now) =>
        {
            RejectFinishingJob(job);
            if (job.State is not ("disabled" or "enabling"))
            {
                throw BatchErrorException.Conflict("JobNotDisabled", $"The specified job is not disabled (it is {job.State}).");
            }
            if (job.State == "disabled")
            {
                StoredDoc.SetState(doc, "enabling", now);
            }
            StoredDoc.SetState(doc, "active", now);
            doc.Remove("disableTasks");
            return true;
        });
    }

    /// <summary>-> terminating, then completed once no task of the job runs.</summary>
    public JobRecord TerminateJob(string jobId, string? terminateReason, Action<EntityVersion> precondition)
    {
        return ChangeJobState(jobId, precondition, (transaction, job, doc, now) =>
        {
            RejectFinishingJob(job);
            StoredDoc.SetState(doc, "terminating", now);
            StoredDoc.Child(doc, "executionInfo")["terminateReason"] = terminateReason ?? "UserTerminate";
            return true;
        });
    }

    /// <summary>-> deleting, then gone (with its tasks and files) once no task of the job runs.</summary>
    public void DeleteJob(string jobId, Action<EntityVersion> precondition)
    {
        ChangeJobState(jobId, precondition, (transaction, job, doc, now) =>
        {
            if (job.State == "deleting")
            {
                throw BatchErrorException.Conflict("JobBeingDeleted", "The specified job is already being deleted.");
            }
            StoredDoc.SetState(doc, "deleting", now);
            return true;
        });
    }

    private static void RejectFinishingJob(JobRecord job)
    {
        switch (job.State)
        {
            case "deleting":
                throw BatchErrorException.Conflict("JobBeingDeleted", "The specified job is being deleted.");
            case "terminating":
                throw BatchErrorException.Conflict("JobBeingTerminated", "The specified job is being terminated.");
            case "completed":
                throw BatchErrorException.Conflict("JobCompleted", "The specified job is already in a completed state.");
        }
    }

    private delegate bool JobStateChange(SqliteTransaction transaction, JobRecord job, JsonObject doc, DateTime now);

    private JobRecord ChangeJobState(string jobId, Action<EntityVersion> precondition, JobStateChange change)
    {
        JobRecord result;
        bool deleted;
        lock (_gate)
        {
            using var transaction = _db.BeginTransaction();
            var job = RequireJob(transaction, jobId);
            precondition(job.Version);
            var doc = job.Doc;
            var now = DateTime.UtcNow;
            if (!change(transaction, job, doc, now))
            {
                return job;
            }
            StoredDoc.Touch(doc, now);
            WriteJob(transaction, job, doc);
            deleted = FinishPendingJobTransition(transaction, job.Key);
            transaction.Commit();
            result = deleted ? job with { State = "deleting", Doc = doc } : ReadJob(null, job.Key)!;
        }
        AfterJobChange(result.Id, deleted);
        return result;
    }

    private void AfterJobChange(string jobId, bool deleted)
    {
        if (deleted)
        {
            TryDeleteDirectory(Path.Combine(_filesRoot, "jobs", JobFolderName(jobId)));
            Raise(new StoreChange(StoreChangeKind.JobDeleted, jobId));
        }
        else
        {
            Raise(new StoreChange(StoreChangeKind.JobStateChanged, jobId));
        }
    }

    /// <summary>
    /// Finishes disabling, terminating or deleting when the job has no running task left.
    /// Returns true when the job was deleted.
    /// </summary>
    private bool FinishPendingJobTransition(SqliteTransaction transaction, string jobKey)
    {
        var job = ReadJob(transaction, jobKey);
        if (job is null || job.State is not ("disabling" or "terminating" or "deleting"))
        {
            return false;
        }
        using (var count = Command(transaction, "SELECT running FROM jobs WHERE key = $k", ("$k", jobKey)))
        {
            if ((long)count.ExecuteScalar()! > 0)
            {
                return false;
            }
        }
        if (job.State is "terminating" or "deleting" && JobReleasePending(transaction, job))
        {
            return false; // The local node runs the job release task first (BatchStore.LocalNode.cs).
        }
        var now = DateTime.UtcNow;
        var doc = job.Doc;
        switch (job.State)
        {
            case "deleting":
                using (var tasks = Command(transaction, "DELETE FROM tasks WHERE job_key = $k", ("$k", jobKey)))
                {
                    tasks.ExecuteNonQuery();
                }
                using (var row = Command(transaction, "DELETE FROM jobs WHERE key = $k", ("$k", jobKey)))
                {
                    row.ExecuteNonQuery();
                }
                return true;
            case "disabling":
                StoredDoc.SetState(doc, "disabled", now);
                break;
            case "terminating":
                CompleteJobDoc(doc, now);
                break;
        }
        StoredDoc.Touch(doc, now);
        WriteJob(transaction, job, doc);
        return false;
    }

    private static void CompleteJobDoc(JsonObject doc, DateTime now)
    {
        StoredDoc.SetState(doc, "completed", now);
        StoredDoc.Child(doc, "executionInfo")["endTime"] = StoredDoc.Time(now);
    }

    private static void TryDeleteDirectory(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file still open by a task process; the folder is removed on the next delete or left behind harmlessly.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
