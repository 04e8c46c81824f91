using System.Text.Json.Nodes;

namespace AzBatchJobs.Emulator.Store;

/// <summary>The transitions driven by the execution engine (see the comment on <see cref="BatchStore"/>).</summary>
internal sealed partial class BatchStore
{
    /// <summary>
    /// Claims one active task of an active job (highest job priority first, then id order): active -> preparing.
    /// The local node chooses its task itself (ListActiveTasks, then ClaimTask); this is the plain pick.
    /// </summary>
    public TaskRecord? ClaimNextActiveTask()
    {
        string jobKey;
        string taskKey;
        lock (_gate)
        {
            // The job first (by its active counter, no scan), then its first active task in key order.
            using (var findJob = Command(null,
                "SELECT key FROM jobs WHERE state = 'active' AND active > 0 ORDER BY priority DESC, key LIMIT 1"))
            {
                if (findJob.ExecuteScalar() is not string key)
                {
                    return null;
                }
                jobKey = key;
            }
            using (var findTask = Command(null,
                "SELECT key FROM tasks WHERE state = 'active' AND job_key = $j ORDER BY key LIMIT 1", ("$j", jobKey)))
            {
                if (findTask.ExecuteScalar() is not string key)
                {
                    return null;
                }
                taskKey = key;
            }
            return ClaimTask(jobKey, taskKey);
        }
    }

    /// <summary>preparing -> running on the given node; sets executionInfo.startTime. False if the task is no longer preparing.</summary>
    public bool SetTaskRunning(string jobId, string taskId, JsonObject nodeInfo)
    {
        return TryNodeChange(jobId, taskId, ["preparing"], (doc, now) =>
        {
            doc["nodeInfo"] = nodeInfo.DeepClone();
            StoredDoc.Child(doc, "executionInfo")["startTime"] = StoredDoc.Time(now);
            StoredDoc.SetState(doc, "running", now);
        });
    }

    /// <summary>preparing/running -> completed. False if the task was meanwhile terminated, deleted or requeued.</summary>
    public bool CompleteTask(string jobId, string taskId, int? exitCode, bool succeeded, JsonObject? failureInfo = null)
    {
        return TryNodeChange(jobId, taskId, ["preparing", "running"], (doc, now) =>
        {
            var info = StoredDoc.Child(doc, "executionInfo");
            if (exitCode is not null)
            {
                info["exitCode"] = exitCode.Value;
            }
            info["endTime"] = StoredDoc.Time(now);
            info["result"] = succeeded ? "success" : "failure";
            if (failureInfo is not null)
            {
                info["failureInfo"] = failureInfo.DeepClone();
            }
            StoredDoc.SetState(doc, "completed", now);
        });
    }

    /// <summary>preparing/running -> active, requeueCount + 1. False if the task is not preparing or running.</summary>
    public bool RequeueTask(string jobId, string taskId)
    {
        return TryNodeChange(jobId, taskId, ["preparing", "running"], (doc, now) =>
        {
            var info = StoredDoc.Child(doc, "executionInfo");
            info["requeueCount"] = (StoredDoc.Integer(info["requeueCount"]) ?? 0) + 1;
            info.Remove("startTime");
            doc.Remove("nodeInfo");
            StoredDoc.SetState(doc, "active", now);
        });
    }

    /// <summary>A retry of a running task: retryCount, lastRetryTime and startTime, and one more in the job's numTaskRetries. False if the task is no longer running.</summary>
    public bool RecordTaskRetry(string jobId, string taskId, int retryCount)
    {
        bool recorded = false;
        try
        {
            ChangeTask(jobId, taskId, null, (transaction, job, task, doc, now) =>
            {
                if (task.State != "running")
                {
                    return false;
                }
                var info = StoredDoc.Child(doc, "executionInfo");
                info["retryCount"] = retryCount;
                info["lastRetryTime"] = StoredDoc.Time(now);
                info["startTime"] = StoredDoc.Time(now);
                using var count = Command(transaction, "UPDATE jobs SET task_retries = task_retries + 1 WHERE key = $k", ("$k", job.Key));
                count.ExecuteNonQuery();
                recorded = true;
                return true;
            });
        }
        catch (Http.BatchErrorException error) when (error.Status == 404)
        {
        }
        return recorded;
    }

    // Databases made before numTaskRetries was counted get the column (0) when opened.
    private void AddTaskRetriesColumn()
    {
        using var columns = Command(null, "SELECT COUNT(*) FROM pragma_table_info('jobs') WHERE name = 'task_retries'");
        if ((long)columns.ExecuteScalar()! == 0)
        {
            Execute("ALTER TABLE jobs ADD COLUMN task_retries INTEGER NOT NULL DEFAULT 0;");
        }
    }

    private bool TryNodeChange(string jobId, string taskId, string[] fromStates, Action<JsonObject, DateTime> change)
    {
        try
        {
            bool changed = false;
            ChangeTask(jobId, taskId, null, (transaction, job, task, doc, now) =>
            {
                if (!fromStates.Contains(task.State))
                {
                    return false;
                }
                change(doc, now);
                changed = true;
                return true;
            });
            return changed;
        }
        catch (Http.BatchErrorException error) when (error.Status == 404)
        {
            return false;
        }
    }
}
