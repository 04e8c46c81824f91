using System.Text.Json.Nodes;
using AzBatchJobs.Emulator.Http;
using Microsoft.Data.Sqlite;

namespace AzBatchJobs.Emulator.Store;

/// <summary>
/// All state of the emulator, and every change to it. One SQLite database (WAL, synchronous=FULL),
/// one transaction per call, committed before the call returns: what a caller acknowledges is durable.
/// Jobs and tasks are stored as their wire JSON document plus a few queried columns; task counts are
/// counters on the job row, adjusted in the same transaction as the task change (never a scan).
///
/// For the execution engine (scheduler and local node):
/// - <see cref="Changed"/> is raised after a durable change: TasksAdded, TaskChanged, TaskDeleted,
///   JobStateChanged, JobDeleted. Wake the scheduler on it.
/// - <see cref="ListActiveTasks"/> and <see cref="ClaimTask"/>: the node picks an active task and claims
///   it, active -> preparing, while its job is active (null when it cannot be claimed).
/// - <see cref="SetTaskRunning"/>: preparing -> running, with nodeInfo and executionInfo.startTime.
/// - <see cref="CompleteTask"/>: preparing/running -> completed with exitCode, result and optional
///   failureInfo. Ignored (returns false) if the task was meanwhile terminated, deleted or requeued.
/// - <see cref="RequeueTask"/>: preparing/running -> active (requeueCount + 1), e.g. when a job is
///   disabled with disableTasks=requeue.
/// - <see cref="TaskDirectory"/>: where a task's files live (wd/, stdout.txt, stderr.txt); the task
///   files API serves that folder.
/// - Job transitions that wait for running tasks (disabling -> disabled, terminating -> completed,
///   deleting -> gone) finish inside CompleteTask/RequeueTask/TerminateTask when the job's last
///   running task leaves; with nothing running they finish at once. A disable with
///   disableTasks=requeue or terminate, a job terminate and a job delete leave running tasks to the
///   node: it should stop their processes and report them with RequeueTask or CompleteTask.
/// </summary>
internal sealed partial class BatchStore : IDisposable
{
    private readonly object _gate = new();
    private readonly SqliteConnection _db;
    private readonly string _filesRoot;

    public BatchStore(string? databasePath, string filesRoot)
    {
        _filesRoot = filesRoot;
        // Without a path: SQLite's private temporary database, which lives only as long as the connection
        // (on Unix its file is unlinked as soon as it is opened). Not ":memory:": that re-scans its whole
        // page cache at every commit, so adding tasks slowed down as the emulator filled up.
        string source = databasePath ?? "";
        _db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Pooling = false }.ToString());
        _db.Open();
        Execute(databasePath is null
            ? "PRAGMA journal_mode=MEMORY;"
            : "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;");
        Execute("""
            CREATE TABLE IF NOT EXISTS jobs(
                key TEXT PRIMARY KEY, id TEXT NOT NULL, state TEXT NOT NULL, priority INTEGER NOT NULL, doc TEXT NOT NULL,
                active INTEGER NOT NULL DEFAULT 0, running INTEGER NOT NULL DEFAULT 0, completed INTEGER NOT NULL DEFAULT 0,
                succeeded INTEGER NOT NULL DEFAULT 0, failed INTEGER NOT NULL DEFAULT 0,
                active_slots INTEGER NOT NULL DEFAULT 0, running_slots INTEGER NOT NULL DEFAULT 0,
                completed_slots INTEGER NOT NULL DEFAULT 0, succeeded_slots INTEGER NOT NULL DEFAULT 0,
                failed_slots INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS tasks(
                job_key TEXT NOT NULL, key TEXT NOT NULL, state TEXT NOT NULL, result TEXT, slots INTEGER NOT NULL,
                doc TEXT NOT NULL, PRIMARY KEY(job_key, key)) WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS tasks_by_state ON tasks(state, job_key);
            """);
        PrepareJobScheduleTables();
        AddTaskRetriesColumn();
    }

    /// <summary>Raised after a change is committed. Handlers must be quick and must not throw.</summary>
    public event Action<StoreChange>? Changed;

    public string FilesRoot => _filesRoot;

    /// <summary>Ids are ASCII and case-insensitive: only A-Z fold, so a non-ASCII id (the Kelvin sign) never finds "kelvin".</summary>
    public static string KeyOf(string id) => string.Create(id.Length, id, static (key, source) =>
    {
        for (int i = 0; i < source.Length; i++)
        {
            key[i] = char.IsAsciiLetterUpper(source[i]) ? (char)(source[i] | 0x20) : source[i];
        }
    });

    public string TaskDirectory(string jobId, string taskId) =>
        Path.Combine(_filesRoot, "jobs", JobFolderName(jobId), "tasks", taskId);

    public void Dispose()
    {
        lock (_gate)
        {
            _db.Dispose();
        }
    }

    private void Raise(StoreChange change)
    {
        Changed?.Invoke(change);
    }

    private void Execute(string sql)
    {
        using var command = _db.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = _db.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        return command;
    }

    // ---------------------------------------------------------------- reads shared by jobs and tasks

    private JobRecord? ReadJob(SqliteTransaction? transaction, string key)
    {
        using var command = Command(transaction, "SELECT id, state, doc FROM jobs WHERE key = $k", ("$k", key));
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }
        return new JobRecord(key, reader.GetString(0), reader.GetString(1), StoredDoc.Parse(reader.GetString(2), reader.GetString(0), reader.GetString(1)));
    }

    private JobRecord RequireJob(SqliteTransaction? transaction, string jobId) =>
        ReadJob(transaction, KeyOf(jobId)) ?? throw BatchErrorException.JobNotFound();

    private TaskRecord? ReadTask(SqliteTransaction? transaction, JobRecord job, string taskKey)
    {
        using var command = Command(transaction, "SELECT state, doc FROM tasks WHERE job_key = $j AND key = $k",
            ("$j", job.Key), ("$k", taskKey));
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }
        var doc = StoredDoc.Parse(reader.GetString(1), taskKey, reader.GetString(0));
        return new TaskRecord(job.Key, job.Id, taskKey, StoredDoc.Text(doc["id"]) ?? taskKey, reader.GetString(0), doc);
    }

    private TaskRecord RequireTask(SqliteTransaction? transaction, JobRecord job, string taskId) =>
        ReadTask(transaction, job, KeyOf(taskId)) ?? throw BatchErrorException.TaskNotFound();

    private void WriteJob(SqliteTransaction transaction, JobRecord job, JsonObject doc)
    {
        using var command = Command(transaction, "UPDATE jobs SET state = $s, priority = $p, doc = $d WHERE key = $k",
            ("$s", StoredDoc.Text(doc["state"]) ?? job.State), ("$p", StoredDoc.Integer(doc["priority"]) ?? 0), ("$d", doc.ToJsonString()), ("$k", job.Key));
        command.ExecuteNonQuery();
    }

    private void WriteTask(SqliteTransaction transaction, TaskRecord task, JsonObject doc)
    {
        string? result = StoredDoc.Text((doc["executionInfo"] as JsonObject)?["result"]);
        using var command = Command(transaction,
            "UPDATE tasks SET state = $s, result = $r, slots = $n, doc = $d WHERE job_key = $j AND key = $k",
            ("$s", StoredDoc.Text(doc["state"]) ?? task.State), ("$r", result), ("$n", StoredDoc.Integer(doc["requiredSlots"]) ?? 1),
            ("$d", doc.ToJsonString()), ("$j", task.JobKey), ("$k", task.Key));
        command.ExecuteNonQuery();
    }

    /// <summary>Keeps the job's counters in step with one task's move between count buckets.</summary>
    private void MoveCounts(SqliteTransaction transaction, string jobKey, string? fromBucket, string? toBucket, int slots, long howMany = 1)
    {
        var sets = new List<string>();
        foreach (var (bucket, sign) in new[] { (fromBucket, "-"), (toBucket, "+") })
        {
            if (bucket is null)
            {
                continue;
            }
            foreach (string column in CountColumns(bucket))
            {
                sets.Add($"{column} = {column} {sign} $n");
                sets.Add($"{column}_slots = {column}_slots {sign} $s");
            }
        }
        if (sets.Count == 0)
        {
            return;
        }
        using var command = Command(transaction, $"UPDATE jobs SET {string.Join(", ", sets)} WHERE key = $k",
            ("$n", howMany), ("$s", (long)slots * howMany), ("$k", jobKey));
        command.ExecuteNonQuery();
    }

    /// <summary>The count bucket of a task: active, running (also preparing), succeeded or failed.</summary>
    private static string Bucket(string state, string? result) => state switch
    {
        "active" => "active",
        "preparing" or "running" => "running",
        _ => result == "success" ? "succeeded" : "failed",
    };

    private static string[] CountColumns(string bucket) => bucket switch
    {
        "succeeded" => ["completed", "succeeded"],
        "failed" => ["completed", "failed"],
        _ => [bucket],
    };

    private static string BucketOf(TaskRecord task) =>
        Bucket(task.State, StoredDoc.Text((task.Doc["executionInfo"] as JsonObject)?["result"]));

    public TaskCounts GetTaskCounts(string jobId)
    {
        lock (_gate)
        {
            using var command = Command(null,
                "SELECT active, running, completed, succeeded, failed, active_slots, running_slots, completed_slots, succeeded_slots, failed_slots, task_retries FROM jobs WHERE key = $k",
                ("$k", KeyOf(jobId)));
            using var reader = command.ExecuteReader();
            if (!reader.Read())
            {
                throw BatchErrorException.JobNotFound();
            }
            return new TaskCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4),
                reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7), reader.GetInt64(8), reader.GetInt64(9), reader.GetInt64(10));
        }
    }
}
