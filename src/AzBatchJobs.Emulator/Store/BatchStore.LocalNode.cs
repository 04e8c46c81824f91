using System.Text.Json.Nodes;

namespace AzBatchJobs.Emulator.Store;

/// <summary>
/// Additions for the local node's scheduler (Node/LocalNodeScheduler), kept apart from the store's
/// own files: the scheduler chooses which task to start (slots, priority, maxParallelTasks,
/// dependencies) and then claims exactly that task.
/// </summary>
internal sealed partial class BatchStore
{
    /// <summary>
    /// Up to <paramref name="limit"/> active tasks of the job after <paramref name="afterKey"/>, in key order,
    /// read through the state index; tasks needing more than <paramref name="maxSlots"/> slots are left out.
    /// </summary>
    public IReadOnlyList<TaskRecord> ListActiveTasks(string jobId, string afterKey, int limit, int maxSlots)
    {
        lock (_gate)
        {
            var job = RequireJob(null, jobId);
            using var command = Command(null,
                "SELECT key, doc FROM tasks WHERE state = 'active' AND job_key = $j AND key > $a AND slots <= $s ORDER BY key LIMIT $l",
                ("$j", job.Key), ("$a", afterKey), ("$s", maxSlots), ("$l", limit));
            using var reader = command.ExecuteReader();
            var tasks = new List<TaskRecord>();
            while (reader.Read())
            {
                string key = reader.GetString(0);
                var doc = StoredDoc.Parse(reader.GetString(1), key, "active");
                tasks.Add(new TaskRecord(job.Key, job.Id, key, StoredDoc.Text(doc["id"]) ?? key, "active", doc));
            }
            return tasks;
        }
    }

    /// <summary>Sets the job's executionInfo.schedulingError (why the node cannot run its tasks); false when it was already the same.</summary>
    public bool ReportJobSchedulingError(string jobId, JsonObject error)
    {
        bool changed = false;
        lock (_gate)
        {
            using var transaction = _db.BeginTransaction();
            if (ReadJob(transaction, KeyOf(jobId)) is not { } job
                || JsonNode.DeepEquals((job.Doc["executionInfo"] as JsonObject)?["schedulingError"], error))
            {
                return false;
            }
            StoredDoc.Child(job.Doc, "executionInfo")["schedulingError"] = error.DeepClone();
            StoredDoc.Touch(job.Doc, DateTime.UtcNow);
            WriteJob(transaction, job, job.Doc);
            transaction.Commit();
            changed = true;
        }
        if (changed)
        {
            Raise(new StoreChange(StoreChangeKind.JobStateChanged, jobId));
        }
        return changed;
    }

    /// <summary>active -> preparing for this task, only while its job is active. Null when it cannot be claimed.</summary>
    public TaskRecord? ClaimTask(string jobId, string taskId)
    {
        try
        {
            bool claimed = false;
            TaskRecord result = ChangeTask(jobId, taskId, null, (transaction, job, task, doc, now) =>
            {
                if (task.State != "active" || job.State != "active")
                {
                    return false;
                }
                StoredDoc.SetState(doc, "preparing", now);
                claimed = true;
                return true;
            });
            return claimed ? result : null;
        }
        catch (Http.BatchErrorException error) when (error.Status == 404)
        {
            return null;
        }
    }
}

/// <summary>
/// The local node's job preparation and release task status per job (the list preparation and
/// release task status API) and the subtasks of multi-instance tasks (the list subtasks API),
/// in tables of their own beside the store's.
/// </summary>
internal sealed partial class BatchStore
{
    private bool _nodeTablesCreated;

    /// <summary>Saves the node's status entry for the job (a JobPreparationAndReleaseTaskStatus document).</summary>
    public void SavePreparationAndReleaseStatus(string jobId, JsonObject status)
    {
        lock (_gate)
        {
            EnsureNodeTables();
            using var command = Command(null,
                "INSERT INTO node_job_status(job_key, doc) VALUES($k, $d) ON CONFLICT(job_key) DO UPDATE SET doc = $d",
                ("$k", KeyOf(jobId)), ("$d", status.ToJsonString()));
            command.ExecuteNonQuery();
        }
    }

    /// <summary>The node's status entry for the job, or null when no preparation task ran for it.</summary>
    public JsonObject? GetPreparationAndReleaseStatus(string jobId)
    {
        lock (_gate)
        {
            EnsureNodeTables();
            using var command = Command(null, "SELECT doc FROM node_job_status WHERE job_key = $k", ("$k", KeyOf(jobId)));
            return command.ExecuteScalar() is string text ? StoredDoc.TryParse(text) ?? new JsonObject() : null;
        }
    }

    public void DeletePreparationAndReleaseStatus(string jobId)
    {
        lock (_gate)
        {
            EnsureNodeTables();
            using var command = Command(null, "DELETE FROM node_job_status WHERE job_key = $k", ("$k", KeyOf(jobId)));
            command.ExecuteNonQuery();
        }
    }

    /// <summary>Saves the subtasks of a multi-instance task (a JSON array of SubtaskInformation documents).</summary>
    public void SaveSubtasks(string jobId, string taskId, JsonArray subtasks)
    {
        lock (_gate)
        {
            EnsureNodeTables();
            using var command = Command(null,
                "INSERT INTO node_subtasks(job_key, task_key, doc) VALUES($j, $t, $d) ON CONFLICT(job_key, task_key) DO UPDATE SET doc = $d",
                ("$j", KeyOf(jobId)), ("$t", KeyOf(taskId)), ("$d", subtasks.ToJsonString()));
            command.ExecuteNonQuery();
        }
    }

    /// <summary>The subtasks the node ran for a multi-instance task; empty for any other task.</summary>
    public JsonArray GetSubtasks(string jobId, string taskId)
    {
        lock (_gate)
        {
            EnsureNodeTables();
            using var command = Command(null, "SELECT doc FROM node_subtasks WHERE job_key = $j AND task_key = $t",
                ("$j", KeyOf(jobId)), ("$t", KeyOf(taskId)));
            return command.ExecuteScalar() is string text
                ? (JsonArray)JsonNode.Parse(text)!
                : new JsonArray();
        }
    }

    /// <summary>Creates the node's tables; called when the node starts, before any job transition needs them.</summary>
    public void PrepareNodeTables()
    {
        lock (_gate)
        {
            EnsureNodeTables();
        }
    }

    /// <summary>
    /// True while a terminating or deleting job must wait for its release task: the job has one, the
    /// node ran its preparation task, and the release task has not completed yet.
    /// </summary>
    private bool JobReleasePending(Microsoft.Data.Sqlite.SqliteTransaction transaction, JobRecord job)
    {
        if (job.Doc["jobReleaseTask"] is null || !_nodeTablesCreated)
        {
            return false;
        }
        using var command = Command(transaction, "SELECT doc FROM node_job_status WHERE job_key = $k", ("$k", job.Key));
        if (command.ExecuteScalar() is not string text)
        {
            return false;
        }
        var status = StoredDoc.TryParse(text) ?? new JsonObject();
        return status["jobPreparationTaskExecutionInfo"] is not null
            && (string?)status["jobReleaseTaskExecutionInfo"]?["state"] != "completed";
    }

    /// <summary>After the release task completed: finishes the job's pending terminate or delete.</summary>
    public void FinishJobAfterRelease(string jobId)
    {
        bool deleted;
        string id;
        lock (_gate)
        {
            var job = ReadJob(null, KeyOf(jobId));
            if (job is null)
            {
                return;
            }
            id = job.Id;
            using var transaction = _db.BeginTransaction();
            deleted = FinishPendingJobTransition(transaction, job.Key);
            transaction.Commit();
        }
        AfterJobChange(id, deleted);
    }

    private void EnsureNodeTables()
    {
        if (!_nodeTablesCreated)
        {
            Execute("CREATE TABLE IF NOT EXISTS node_job_status(job_key TEXT PRIMARY KEY, doc TEXT NOT NULL) WITHOUT ROWID;");
            Execute("CREATE TABLE IF NOT EXISTS node_subtasks(job_key TEXT NOT NULL, task_key TEXT NOT NULL, doc TEXT NOT NULL, PRIMARY KEY(job_key, task_key)) WITHOUT ROWID;");
            _nodeTablesCreated = true;
        }
    }
}
