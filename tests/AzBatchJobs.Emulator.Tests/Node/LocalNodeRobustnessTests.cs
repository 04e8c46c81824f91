using AzBatchJobs.Emulator.Node;
using Microsoft.Data.Sqlite;
using static AzBatchJobs.Emulator.Tests.Node.NodeEmulator;

namespace AzBatchJobs.Emulator.Tests.Node;

/// <summary>
/// No stored document stops the node or a listing for other jobs: documents broken behind the API's
/// back are reported on their own job or task, and everything else still runs.
/// </summary>
public sealed class LocalNodeRobustnessTests
{
    // Changes a stored document the way a hand edit or an older emulator would, bypassing the API.
    private static void Corrupt(string dataDirectory, string sql)
    {
        using var db = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "batch.db")};Pooling=False");
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText = sql;
        Assert.Equal(1, command.ExecuteNonQuery());
    }

    [Fact]
    public async Task Malformed_stored_jobs_and_tasks_are_reported_and_the_other_jobs_tasks_run_to_completion()
    {
        using var data = new TempDirectory();
        await using (var node = await NodeEmulator.StartAsync(slots: 2, startNode: false, dataDirectory: data.Path))
        {
            await node.Http.CreateJobAsync("bad-job");
            await node.Http.CreateJobAsync("mixed-job");
            await node.Http.CreateJobAsync("good-job");
            await node.AddTaskAsync("bad-job", ShellTask("never", "echo never"));
            await node.AddTaskAsync("mixed-job", ShellTask("bad-env", "echo x"));
            await node.AddTaskAsync("mixed-job", ShellTask("not-json", "echo x"));
            await node.AddTaskAsync("mixed-job", ShellTask("fine", "echo fine"));
            await node.AddTaskAsync("good-job", ShellTask("fine", "echo fine"));
            Corrupt(data.Path, """UPDATE jobs SET doc = json_set(doc, '$.commonEnvironmentSettings', json('[1]'), '$.priority', 'high') WHERE key = 'bad-job'""");
            Corrupt(data.Path, """UPDATE tasks SET doc = json_set(doc, '$.environmentSettings', json('[1]'), '$.requiredSlots', 'two') WHERE key = 'bad-env'""");
            Corrupt(data.Path, """UPDATE tasks SET doc = 'not json' WHERE key = 'not-json'""");
            node.StartNode();

            Assert.Equal("success", (string?)(await node.WaitForStateAsync("good-job", "fine", "completed"))["executionInfo"]!["result"]);
            Assert.Equal("success", (string?)(await node.WaitForStateAsync("mixed-job", "fine", "completed"))["executionInfo"]!["result"]);
            JsonObject badEnv = await node.WaitForStateAsync("mixed-job", "bad-env", "completed");
            Assert.Equal("InvalidPropertyValue", (string?)badEnv["executionInfo"]!["failureInfo"]!["code"]);
            Assert.Equal("environmentSettings[0]", (string?)badEnv["executionInfo"]!["failureInfo"]!["details"]![0]!["value"]);
            JsonObject notJson = await node.WaitForStateAsync("mixed-job", "not-json", "completed");
            Assert.Equal("MissingRequiredProperty", (string?)notJson["executionInfo"]!["failureInfo"]!["code"]);

            JsonObject badJob = await WaitForJobAsync(node, "bad-job", j => j["executionInfo"]?["schedulingError"] is not null);
            Assert.Equal("InvalidPropertyValue", (string?)badJob["executionInfo"]!["schedulingError"]!["code"]);
            Assert.Equal("active", (string?)(await node.GetTaskAsync("bad-job", "never"))["state"]);

            // The listings answer, leaving out what is broken.
            JsonArray jobs = (JsonArray)(await node.Http.GetJsonAsync("/jobs"))["value"]!;
            Assert.Equal(["bad-job", "good-job", "mixed-job"], jobs.Select(j => (string)j!["id"]!).Order());
            Assert.Null(jobs.Single(j => (string?)j!["id"] == "bad-job")!["commonEnvironmentSettings"]);
            JsonArray tasks = (JsonArray)(await node.Http.GetJsonAsync("/jobs/mixed-job/tasks"))["value"]!;
            Assert.Equal(3, tasks.Count);
            Assert.Null(tasks.Single(t => (string?)t!["id"] == "bad-env")!["environmentSettings"]);
        }

        // And after a restart the node starts and runs new work.
        await using var restarted = await NodeEmulator.StartAsync(slots: 2, dataDirectory: data.Path);
        await restarted.AddTaskAsync("good-job", ShellTask("after-restart", "echo again"));
        Assert.Equal("success", (string?)(await restarted.WaitForStateAsync("good-job", "after-restart", "completed"))["executionInfo"]!["result"]);
    }

    [Fact]
    public async Task A_task_behind_hundreds_of_blocked_or_oversized_tasks_still_starts()
    {
        await using var node = await NodeEmulator.StartAsync(slots: 2, startNode: false);
        await node.Http.CreateJobAsync("waiting", new JsonObject { ["usesTaskDependencies"] = true });
        await node.Http.CreateJobAsync("oversized");
        for (int batch = 0; batch < 3; batch++)
        {
            var dependents = Enumerable.Range(batch * 100, 100).Select(i => new JsonObject
            {
                ["id"] = $"a{i:D3}", ["commandLine"] = "echo never", ["dependsOn"] = new JsonObject { ["taskIds"] = new JsonArray("zz") },
            });
            Assert.All(await node.Http.AddCollectionAsync("waiting", dependents), r => Assert.Equal("success", (string?)r!["status"]));
            var large = Enumerable.Range(batch * 100, 100).Select(i => new JsonObject { ["id"] = $"a{i:D3}", ["commandLine"] = "echo never", ["requiredSlots"] = 3 });
            Assert.All(await node.Http.AddCollectionAsync("oversized", large), r => Assert.Equal("success", (string?)r!["status"]));
        }
        // zz fails, so the tasks depending on it stay blocked and nothing else needs to run.
        await node.AddTaskAsync("waiting", ShellTask("zz", "exit 1"));
        await node.AddTaskAsync("oversized", ShellTask("zz", "exit 0"));
        node.StartNode();

        Assert.Equal("failure", (string?)(await node.WaitForStateAsync("waiting", "zz", "completed"))["executionInfo"]!["result"]);
        Assert.Equal("success", (string?)(await node.WaitForStateAsync("oversized", "zz", "completed"))["executionInfo"]!["result"]);
        Assert.Equal("active", (string?)(await node.GetTaskAsync("waiting", "a299"))["state"]);
    }

    [Fact]
    public async Task A_release_task_the_node_cannot_run_fails_and_its_job_completes()
    {
        using var data = new TempDirectory();
        await using var node = await NodeEmulator.StartAsync(slots: 2, dataDirectory: data.Path);
        await node.Http.CreateJobAsync("release-job", new JsonObject
        {
            ["jobPreparationTask"] = new JsonObject { ["commandLine"] = NodeTestSupport.Shell("true") },
            ["jobReleaseTask"] = new JsonObject { ["commandLine"] = NodeTestSupport.Shell("true") },
        });
        await node.AddTaskAsync("release-job", ShellTask("t", "true"));
        await node.WaitForStateAsync("release-job", "t", "completed");
        Corrupt(data.Path, """UPDATE jobs SET doc = json_set(doc, '$.jobReleaseTask.environmentSettings', json('[1]')) WHERE key = 'release-job'""");

        using (var terminate = await node.Http.PostAsync("/jobs/release-job/terminate"))
        {
            await BatchHttp.ExpectStatusAsync(terminate, HttpStatusCode.Accepted);
        }
        await node.WaitForJobAsync("release-job", "completed");
        var status = (JsonObject)(await node.Http.GetJsonAsync("/jobs/release-job/jobpreparationandreleasetaskstatus"))["value"]![0]!;
        Assert.Equal("failure", (string?)status["jobReleaseTaskExecutionInfo"]!["result"]);
    }

    [Fact]
    public void A_release_task_runs_at_most_15_minutes()
    {
        Assert.Equal(TimeSpan.FromMinutes(15), JobPreparationAndRelease.ReleaseWallClock(new JsonObject()));
        Assert.Equal(TimeSpan.FromMinutes(15), JobPreparationAndRelease.ReleaseWallClock(new JsonObject { ["maxWallClockTime"] = "PT2H" }));
        Assert.Equal(TimeSpan.FromSeconds(30), JobPreparationAndRelease.ReleaseWallClock(new JsonObject { ["maxWallClockTime"] = "PT30S" }));
    }

    [Fact]
    public async Task A_multi_instance_task_holds_a_slot_per_instance()
    {
        await using var node = await NodeEmulator.StartAsync(slots: 2);
        await node.Http.CreateJobAsync("mi-slots");
        await node.AddTaskAsync("mi-slots", ShellTask("mpi", "true", new JsonObject
        {
            ["multiInstanceSettings"] = new JsonObject { ["numberOfInstances"] = 2, ["coordinationCommandLine"] = NodeTestSupport.Shell("sleep 1") },
        }));
        await node.WaitForStateAsync("mi-slots", "mpi", "running");
        await node.AddTaskAsync("mi-slots", ShellTask("after", "true"));

        JsonObject mpi = await node.WaitForStateAsync("mi-slots", "mpi", "completed");
        JsonObject after = await node.WaitForStateAsync("mi-slots", "after", "completed");
        Assert.True(Time(after["executionInfo"]!["startTime"]) >= Time(mpi["executionInfo"]!["endTime"]),
            "a task started while both slots were held by the multi-instance task's instances");
    }

    private static async Task<JsonObject> WaitForJobAsync(NodeEmulator node, string jobId, Func<JsonObject, bool> condition)
    {
        JsonObject job = await node.GetJobAsync(jobId);
        Assert.True(await NodeTestSupport.WaitUntilAsync(() => condition(job = node.GetJobAsync(jobId).GetAwaiter().GetResult()), TimeSpan.FromSeconds(20)),
            $"job {jobId}: {job.ToJsonString()}");
        return job;
    }
}
