using AzBatchJobs.Emulator.Store;
using Microsoft.Data.Sqlite;

namespace AzBatchJobs.Emulator.Tests;

public sealed class TaskCountStoreTests
{
    private static JsonObject JobDoc(string id) => new()
    {
        ["id"] = id, ["state"] = "active", ["priority"] = 0, ["eTag"] = "0x1", ["lastModified"] = "2026-01-01T00:00:00.0000000Z",
        ["stateTransitionTime"] = "2026-01-01T00:00:00.0000000Z", ["poolInfo"] = new JsonObject(),
    };

    private static JsonObject TaskDoc(string id, int slots = 1) => new()
    {
        ["id"] = id, ["state"] = "active", ["requiredSlots"] = slots, ["commandLine"] = "x", ["eTag"] = "0x1",
        ["lastModified"] = "2026-01-01T00:00:00.0000000Z", ["stateTransitionTime"] = "2026-01-01T00:00:00.0000000Z",
        ["executionInfo"] = new JsonObject { ["retryCount"] = 0, ["requeueCount"] = 0 },
    };

    [Fact]
    public void Counts_are_counters_kept_in_step_with_every_transition_not_a_scan()
    {
        using var folder = new TempDirectory();
        string database = Path.Combine(folder.Path, "batch.db");
        using (var store = new BatchStore(database, folder.Path))
        {
            store.CreateJob(JobDoc("job"));
            store.AddTasks("job", Enumerable.Range(0, 10).Select(i => TaskDoc($"t{i}", slots: 2)).ToList());
            var claimed = store.ClaimNextActiveTask()!;
            store.SetTaskRunning("job", claimed.Id, new JsonObject { ["nodeId"] = "n" });
            var second = store.ClaimNextActiveTask()!;
            store.CompleteTask("job", second.Id, 0, succeeded: true);
            store.TerminateTask("job", "t9", _ => { });
            store.DeleteTask("job", "t8", _ => { });

            Assert.Equal(new TaskCounts(6, 1, 2, 1, 1, 12, 2, 4, 2, 2), store.GetTaskCounts("job"));
        }

        // Remove every task row behind the store's back: counts read from counters do not change.
        using (var raw = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            raw.Open();
            using var delete = raw.CreateCommand();
            delete.CommandText = "DELETE FROM tasks";
            Assert.Equal(9, delete.ExecuteNonQuery());
        }
        using (var reopened = new BatchStore(database, folder.Path))
        {
            Assert.Equal(6, reopened.GetTaskCounts("job").Active);
            Assert.Empty(reopened.ListTasks("job", "", 100));
        }
    }

    [Fact]
    public void Existing_tasks_in_a_collection_do_not_change_counts()
    {
        using var folder = new TempDirectory();
        using var store = new BatchStore(null, folder.Path);
        store.CreateJob(JobDoc("job"));
        store.AddTasks("job", [TaskDoc("a"), TaskDoc("b")]);
        var outcomes = store.AddTasks("job", [TaskDoc("A"), TaskDoc("c"), TaskDoc("c")]);
        Assert.Equal([TaskAddOutcome.Exists, TaskAddOutcome.Added, TaskAddOutcome.Exists], outcomes);
        Assert.Equal(3, store.GetTaskCounts("job").Active);
    }

    [Fact]
    public void Store_raises_a_signal_when_tasks_are_added_and_job_states_change()
    {
        using var folder = new TempDirectory();
        using var store = new BatchStore(null, folder.Path);
        var changes = new List<StoreChange>();
        store.Changed += changes.Add;
        store.CreateJob(JobDoc("job"));
        store.AddTasks("job", [TaskDoc("a")]);
        store.DisableJob("job", "wait", _ => { });
        Assert.Contains(new StoreChange(StoreChangeKind.TasksAdded, "job"), changes);
        Assert.Equal(2, changes.Count(c => c.Kind == StoreChangeKind.JobStateChanged));
    }
}
