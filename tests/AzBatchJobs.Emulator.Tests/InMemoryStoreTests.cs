using AzBatchJobs.Emulator.Store;

namespace AzBatchJobs.Emulator.Tests;

/// <summary>--in-memory keeps no state after exit, yet holds more tasks than fit in SQLite's page cache.</summary>
public sealed class InMemoryStoreTests
{
    [Fact]
    public void An_in_memory_store_spills_past_its_cache_into_a_file_with_no_name()
    {
        using var folder = new TempDirectory();
        using var store = new BatchStore(null, folder.Path);
        store.CreateJob(new JsonObject
        {
            ["id"] = "job", ["state"] = "active", ["priority"] = 0, ["eTag"] = "0x1", ["lastModified"] = "2026-01-01T00:00:00.0000000Z",
            ["stateTransitionTime"] = "2026-01-01T00:00:00.0000000Z", ["poolInfo"] = new JsonObject(),
        });
        string padding = new('x', 1000);
        for (int batch = 0; batch < 100; batch++)
        {
            // 10,000 tasks of about 1 KB: several times SQLite's default page cache of 2 MB.
            store.AddTasks("job", Enumerable.Range(batch * 100, 100).Select(i => new JsonObject
            {
                ["id"] = $"task-{i:d5}", ["state"] = "active", ["commandLine"] = padding, ["eTag"] = "0x1",
                ["lastModified"] = "2026-01-01T00:00:00.0000000Z", ["stateTransitionTime"] = "2026-01-01T00:00:00.0000000Z",
            }).ToList());
        }

        Assert.Equal(10_000, store.GetTaskCounts("job").Active);
        Assert.Equal(padding, (string?)store.GetTask("job", "task-00000").Doc["commandLine"]);
        if (OperatingSystem.IsLinux())
        {
            // SQLite names its temporary files etilqs_*; the spilled database is open, and unlinked.
            var sqliteFiles = Directory.GetFiles("/proc/self/fd").Select(fd => new FileInfo(fd).LinkTarget)
                .Where(target => target is not null && target.Contains("etilqs_", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(sqliteFiles);
            Assert.All(sqliteFiles, target => Assert.EndsWith(" (deleted)", target));
        }
    }
}
