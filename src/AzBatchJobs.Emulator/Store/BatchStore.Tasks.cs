using System.Text.Json.Nodes;
using AzBatchJobs.Emulator.Http;
using Microsoft.Data.Sqlite;

namespace AzBatchJobs.Emulator.Store;

/// <summary>Tasks: add, read, change, and the client-driven task transitions.</summary>
internal sealed partial class BatchStore
{
    /// <summary>
    /// Adds tasks in one transaction. The whole call fails when the job does not take tasks
    /// (terminating, completed, deleting); otherwise each task is added or reported as existing.
    /// </summary>
    public IReadOnlyList<TaskAddOutcome> AddTasks(string jobId, IReadOnlyList<JsonObject> docs)
    {
        var outcomes = new TaskAddOutcome[docs.Count];
        var texts = docs.Select(doc => doc.ToJsonString()).ToArray(); // outside the lock: the requests in flight share it
        JobRecord job;
        lock (_gate)
        {
            using var transaction = _db.BeginTransaction();
            job = RequireJob(transaction, jobId);
            RejectFinishingJob(job);
            using var insert = Command(transaction,
                "INSERT INTO tasks(job_key, key, state, result, slots, doc) VALUES($j, $k, 'active', NULL, $n, $d) ON CONFLICT DO NOTHING",
                ("$j", job.Key), ("$k", ""), ("$n", 1), ("$d", ""));
            long added = 0;
            long addedSlots = 0;
            for (int i = 0; i < docs.Count; i++)
            {
                var doc = docs[i];
                int slots = (int?)doc["requiredSlots"] ?? 1;
                insert.Parameters["$k"].Value = KeyOf((string)doc["id"]!);
                insert.Parameters["$n"].Value = slots;
                insert.Parameters["$d"].Value = texts[i];
                bool inserted = insert.ExecuteNonQuery() == 1;
                outcomes[i] = inserted ? TaskAddOutcome.Added : TaskAddOutcome.Exists;
                if (inserted)
                {
                    added++;
                    addedSlots += slots;
                }
            }
            if (added > 0)
            {
                using var counts = Command(transaction, "UPDATE jobs SET active = active + $n, active_slots = active_slots + $s WHERE key = $k",
                    ("$n", added), ("$s", addedSlots), ("$k", job.Key));
                counts.ExecuteNonQuery();
            }
            transaction.Commit();
        }
        if (outcomes.Contains(TaskAddOutcome.Added))
        {
            Raise(new StoreChange(StoreChangeKind.TasksAdded, job.Id));
        }
        return outcomes;
    }

    public TaskRecord GetTask(string jobId, string taskId)
    {
        lock (_gate)
        {
            var job = RequireJob(null, jobId);
            return RequireTask(null, job, taskId);
        }
    }

    /// <summary>Up to <paramref name="limit"/> tasks of the job after <paramref name="afterKey"/>, in key order.</summary>
    public IReadOnlyList<TaskRecord> ListTasks(string jobId, string afterKey, int limit)
    {
        lock (_gate)
        {
            var job = RequireJob(null, jobId);
            using var command = Command(null,
                "SELECT key, state, doc FROM tasks WHERE job_key = $j AND key > $a ORDER BY key LIMIT $l",
                ("$j", job.Key), ("$a", afterKey), ("$l", limit));
            using var reader = command.ExecuteReader();
            var tasks = new List<TaskRecord>();
            while (reader.Read())
            {
                string key = reader.GetString(0);
                var doc = StoredDoc.Parse(reader.GetString(2), key, reader.GetString(1));
                tasks.Add(new TaskRecord(job.Key, job.Id, key, StoredDoc.Text(doc["id"]) ?? key, reader.GetString(1), doc));
            }
            return tasks;
        }
    }

    /// <summary>Changes a task's properties (the task update operation). Not allowed on a completed task.</summary>
    public TaskRecord UpdateTask(string jobId, string taskId, Action<EntityVersion> precondition, Action<JsonObject> change)
    {
        return ChangeTask(jobId, taskId, precondition, (transaction, job, task, doc, now) =>
        {
            if (task.State == "completed")
            {
                throw BatchErrorException.Conflict("TaskCompleted", "The specified task is already completed.");
            }
            change(doc);
            return true;
        });
    }

    /// <summary>Ends an active or running task: completed, result failure. A running task's process is the node's to stop.</summary>
    public TaskRecord TerminateTask(string jobId, string taskId, Action<EntityVersion> precondition)
    {
        return ChangeTask(jobId, taskId, precondition, (transaction, job, task, doc, now) =>
        {
            if (task.State == "completed")
            {
                throw BatchErrorException.Conflict("TaskCompleted", "The specified task is already completed.");
            }
            var info = StoredDoc.Child(doc, "executionInfo");
            info["endTime"] = StoredDoc.Time(now);
            info["result"] = "failure";
            info["failureInfo"] = new JsonObject
            {
                ["category"] = "usererror",
                ["code"] = "TaskEnded",
                ["message"] = "Task Was Ended by User Request",
            };
            StoredDoc.SetState(doc, "completed", now);
            return true;
        });
    }

    /// <summary>completed with result failure -> active, execution history cleared. Not while the job is finishing.</summary>
    public TaskRecord ReactivateTask(string jobId, string taskId, Action<EntityVersion> precondition)
    {
        return ChangeTask(jobId, taskId, precondition, (transaction, job, task, doc, now) =>
        {
            RejectFinishingJob(job);
            if (task.State != "completed")
            {
                throw BatchErrorException.Conflict("TaskNotCompleted", $"Only a completed task can be reactivated (the task is {task.State}).");
            }
            var info = StoredDoc.Child(doc, "executionInfo");
            if (StoredDoc.Text(info["result"]) != "failure")
            {
                throw BatchErrorException.Conflict("TaskCompletedSuccessfully", "Only a task that failed can be reactivated.");
            }
            doc["executionInfo"] = new JsonObject { ["retryCount"] = 0, ["requeueCount"] = 0 };
            doc.Remove("nodeInfo");
            StoredDoc.SetState(doc, "active", now);
            return true;
        });
    }

    public void DeleteTask(string jobId, string taskId, Action<EntityVersion> precondition)
    {
        string canonicalJobId;
        string canonicalTaskId;
        bool jobDeleted;
        lock (_gate)
        {
            using var transaction = _db.BeginTransaction();
            var job = RequireJob(transaction, jobId);
            var task = RequireTask(transaction, job, taskId);
            precondition(task.Version);
            using (var delete = Command(transaction, "DELETE FROM tasks WHERE job_key = $j AND key = $k", ("$j", job.Key), ("$k", task.Key)))
            {
                delete.ExecuteNonQuery();
            }
            MoveCounts(transaction, job.Key, BucketOf(task), null, StoredDoc.Integer(task.Doc["requiredSlots"]) ?? 1);
            jobDeleted = FinishPendingJobTransition(transaction, job.Key);
            if (!jobDeleted)
            {
                // Deleting the last task that was not completed leaves every task of the job completed.
                CompleteJobWhenAllTasksComplete(transaction, job.Key);
            }
            transaction.Commit();
            canonicalJobId = job.Id;
            canonicalTaskId = task.Id;
        }
        if (jobDeleted)
        {
            AfterJobChange(canonicalJobId, deleted: true);
        }
        TryDeleteDirectory(TaskDirectory(canonicalJobId, canonicalTaskId));
        Raise(new StoreChange(StoreChangeKind.TaskDeleted, canonicalJobId, canonicalTaskId));
    }

    private delegate bool TaskChange(SqliteTransaction transaction, JobRecord job, TaskRecord task, JsonObject doc, DateTime now);

    /// <summary>One read-modify-write of a task: counts, ETag and pending job transitions follow in the same transaction.</summary>
    private TaskRecord ChangeTask(string jobId, string taskId, Action<EntityVersion>? precondition, TaskChange change)
    {
        TaskRecord result;
        bool jobDeleted;
        lock (_gate)
        {
            using var transaction = _db.BeginTransaction();
            var job = RequireJob(transaction, jobId);
            var task = RequireTask(transaction, job, taskId);
            precondition?.Invoke(task.Version);
            string before = BucketOf(task);
            var doc = (JsonObject)task.Doc.DeepClone();
            var now = DateTime.UtcNow;
            if (!change(transaction, job, task, doc, now))
            {
                return task;
            }
            StoredDoc.Touch(doc, now);
            WriteTask(transaction, task, doc);
            result = task with { State = StoredDoc.Text(doc["state"]) ?? task.State, Doc = doc };
            string after = BucketOf(result);
            int slots = StoredDoc.Integer(doc["requiredSlots"]) ?? 1;
            if (before != after)
            {
                MoveCounts(transaction, job.Key, before, after, slots);
            }
            jobDeleted = FinishPendingJobTransition(transaction, job.Key);
            if (!jobDeleted && after is "succeeded" or "failed")
            {
                CompleteJobWhenAllTasksComplete(transaction, job.Key);
            }
            transaction.Commit();
        }
        if (jobDeleted)
        {
            AfterJobChange(result.JobId, deleted: true);
        }
        Raise(new StoreChange(StoreChangeKind.TaskChanged, result.JobId, result.Id));
        return result;
    }

    /// <summary>
    /// onAllTasksComplete=terminatejob: when no task is left active or running (its last task completed
    /// or was deleted) the job terminates, as if terminated
    /// with reason AllTasksComplete: it completes at once, or after its job release task has run.
    /// </summary>
    private void CompleteJobWhenAllTasksComplete(SqliteTransaction transaction, string jobKey)
    {
        var job = ReadJob(transaction, jobKey);
        if (job is null || job.State is not ("active" or "disabled") || StoredDoc.Text(job.Doc["onAllTasksComplete"]) != "terminatejob")
        {
            return;
        }
        using var count = Command(transaction, "SELECT active + running FROM jobs WHERE key = $k", ("$k", jobKey));
        if ((long)count.ExecuteScalar()! > 0)
        {
            return;
        }
        var now = DateTime.UtcNow;
        var doc = job.Doc;
        StoredDoc.SetState(doc, "terminating", now);
        StoredDoc.Child(doc, "executionInfo")["terminateReason"] = "AllTasksComplete";
        StoredDoc.Touch(doc, now);
        WriteJob(transaction, job, doc);
        FinishPendingJobTransition(transaction, jobKey);
    }
}
