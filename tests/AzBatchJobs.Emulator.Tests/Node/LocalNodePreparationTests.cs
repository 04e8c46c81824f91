using static AzBatchJobs.Emulator.Tests.Node.NodeEmulator;

namespace AzBatchJobs.Emulator.Tests.Node;

/// <summary>Job preparation and release tasks on the local node, observed through the REST API.</summary>
public sealed class LocalNodePreparationTests
{
    private static async Task<JsonObject?> StatusAsync(NodeEmulator node, string jobId)
    {
        JsonObject list = await node.Http.GetJsonAsync($"/jobs/{jobId}/jobpreparationandreleasetaskstatus");
        return ((JsonArray)list["value"]!).OfType<JsonObject>().SingleOrDefault();
    }

    private static async Task<JsonObject> WaitForStatusAsync(NodeEmulator node, string jobId, Func<JsonObject, bool> condition)
    {
        JsonObject? status = null;
        Assert.True(await NodeTestSupport.WaitUntilAsync(() =>
        {
            status = StatusAsync(node, jobId).GetAwaiter().GetResult();
            return status is not null && condition(status);
        }, TimeSpan.FromSeconds(20)), $"status never matched: {status?.ToJsonString()}");
        return status!;
    }

    private static JsonObject Command(string script, JsonObject? extra = null)
    {
        var task = new JsonObject { ["commandLine"] = NodeTestSupport.Shell(script) };
        foreach (var (name, value) in extra ?? [])
        {
            task[name] = value?.DeepClone();
        }
        return task;
    }

    [Fact]
    public async Task Preparation_runs_once_before_the_first_task_and_release_runs_when_the_job_is_terminated()
    {
        await using var node = await NodeEmulator.StartAsync(slots: 2);
        await node.Http.CreateJobAsync("job-prep", new JsonObject
        {
            ["jobPreparationTask"] = Command("echo run >> ../runs.txt; echo ready > marker"),
            ["jobReleaseTask"] = Command("sleep 0.3; echo released > ../released.txt"),
        });
        await node.AddTaskAsync("job-prep", ShellTask("a", "cat $AZ_BATCH_JOB_PREP_WORKING_DIR/marker"));
        await node.AddTaskAsync("job-prep", ShellTask("b", "cat $AZ_BATCH_JOB_PREP_WORKING_DIR/marker"));

        await node.WaitForStateAsync("job-prep", "a", "completed");
        await node.WaitForStateAsync("job-prep", "b", "completed");

        Assert.Equal("ready\n", await node.ReadTaskFileAsync("job-prep", "a", "stdout.txt"));
        Assert.Equal("ready\n", await node.ReadTaskFileAsync("job-prep", "b", "stdout.txt"));
        string jobDir = Path.Combine(node.Emulator.Store.FilesRoot, "jobs", "job-prep");
        Assert.Equal(["run"], File.ReadAllLines(Path.Combine(jobDir, "jobpreparation", "runs.txt")));
        JsonObject status = (await StatusAsync(node, "job-prep"))!;
        Assert.Equal("local-node", (string?)status["nodeId"]);
        Assert.Equal("pool1", (string?)status["poolId"]);
        Assert.Equal("completed", (string?)status["jobPreparationTaskExecutionInfo"]!["state"]);
        Assert.Equal("success", (string?)status["jobPreparationTaskExecutionInfo"]!["result"]);
        Assert.Equal(0, (int?)status["jobPreparationTaskExecutionInfo"]!["exitCode"]);
        Assert.Null(status["jobReleaseTaskExecutionInfo"]);

        using (var response = await node.Http.PostAsync("/jobs/job-prep/terminate"))
        {
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }

        JsonObject job = await node.WaitForJobAsync("job-prep", "completed");
        JsonObject released = (await StatusAsync(node, "job-prep"))!;
        Assert.Equal("completed", (string?)released["jobReleaseTaskExecutionInfo"]!["state"]);
        Assert.Equal("success", (string?)released["jobReleaseTaskExecutionInfo"]!["result"]);
        Assert.True(Time(job["stateTransitionTime"]) >= Time(released["jobReleaseTaskExecutionInfo"]!["endTime"]),
            "the job completed before its release task ended");
        Assert.Equal("released\n", File.ReadAllText(Path.Combine(jobDir, "jobrelease", "released.txt")));
    }

    [Fact]
    public async Task A_job_that_terminates_when_all_tasks_complete_completes_only_after_its_release_task()
    {
        await using var node = await NodeEmulator.StartAsync(slots: 2);
        await node.Http.CreateJobAsync("job-allrelease", new JsonObject
        {
            ["jobPreparationTask"] = Command("echo prepared"),
            ["jobReleaseTask"] = Command("sleep 0.3; echo released > ../released.txt"),
        });
        await node.AddTaskAsync("job-allrelease", ShellTask("only", "echo work"));
        await node.WaitForStateAsync("job-allrelease", "only", "completed");
        using (var update = await node.Http.SendAsync(HttpMethod.Patch, "/jobs/job-allrelease", new JsonObject { ["onAllTasksComplete"] = "terminatejob" }))
        {
            Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        }

        JsonObject job = await node.WaitForJobAsync("job-allrelease", "completed");

        Assert.Equal("AllTasksComplete", (string?)job["executionInfo"]!["terminateReason"]);
        Assert.Equal("terminating", (string?)job["previousState"]);
        JsonObject released = (await StatusAsync(node, "job-allrelease"))!;
        Assert.Equal("completed", (string?)released["jobReleaseTaskExecutionInfo"]!["state"]);
        Assert.True(Time(job["stateTransitionTime"]) >= Time(released["jobReleaseTaskExecutionInfo"]!["endTime"]),
            "the job completed before its release task ended");
    }

    [Fact]
    public async Task A_failed_preparation_sends_the_task_back_to_active_and_the_job_runs_nothing_more()
    {
        await using var node = await NodeEmulator.StartAsync(slots: 2);
        await node.Http.CreateJobAsync("job-badprep", new JsonObject
        {
            ["jobPreparationTask"] = Command("echo run >> ../runs.txt; exit 4",
                new JsonObject { ["constraints"] = new JsonObject { ["maxTaskRetryCount"] = 1 } }),
        });
        await node.AddTaskAsync("job-badprep", ShellTask("t", "echo never"));

        JsonObject status = await WaitForStatusAsync(node, "job-badprep",
            s => (string?)s["jobPreparationTaskExecutionInfo"]!["state"] == "completed");
        JsonObject task = await node.WaitForStateAsync("job-badprep", "t", "active");

        Assert.Equal("failure", (string?)status["jobPreparationTaskExecutionInfo"]!["result"]);
        Assert.Equal(4, (int?)status["jobPreparationTaskExecutionInfo"]!["exitCode"]);
        Assert.Equal(1, (int?)status["jobPreparationTaskExecutionInfo"]!["retryCount"]);
        Assert.Equal("FailureExitCode", (string?)status["jobPreparationTaskExecutionInfo"]!["failureInfo"]!["code"]);
        await Task.Delay(1000); // several scheduler passes: the job's task must not start again
        Assert.Equal("active", (string?)(await node.GetTaskAsync("job-badprep", "t"))["state"]);
        Assert.Null(task["executionInfo"]!["exitCode"]);
        string runs = Path.Combine(node.Emulator.Store.FilesRoot, "jobs", "job-badprep", "jobpreparation", "runs.txt");
        Assert.Equal(2, File.ReadAllLines(runs).Length);
    }

    [Fact]
    public async Task Wall_clock_limits_end_preparation_and_release_tasks_and_an_expired_preparation_is_not_retried()
    {
        await using var node = await NodeEmulator.StartAsync(slots: 2);
        await node.Http.CreateJobAsync("job-prepwall", new JsonObject
        {
            ["jobPreparationTask"] = Command("echo run >> ../runs.txt; exec sleep 30", new JsonObject
            {
                ["waitForSuccess"] = false,
                ["constraints"] = new JsonObject { ["maxWallClockTime"] = "PT0.3S", ["maxTaskRetryCount"] = 2 },
            }),
            ["jobReleaseTask"] = Command("exec sleep 30", new JsonObject { ["maxWallClockTime"] = "PT0.3S" }),
        });
        await node.AddTaskAsync("job-prepwall", ShellTask("t", "exit 0"));
        await node.WaitForStateAsync("job-prepwall", "t", "completed");
        using (var response = await node.Http.PostAsync("/jobs/job-prepwall/terminate"))
        {
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }

        await node.WaitForJobAsync("job-prepwall", "completed");

        JsonObject status = (await StatusAsync(node, "job-prepwall"))!;
        foreach (string info in new[] { "jobPreparationTaskExecutionInfo", "jobReleaseTaskExecutionInfo" })
        {
            Assert.Equal("failure", (string?)status[info]!["result"]);
            Assert.Equal("TaskEnded", (string?)status[info]!["failureInfo"]!["code"]);
            Assert.Equal("servererror", (string?)status[info]!["failureInfo"]!["category"]);
        }
        Assert.Equal(0, (int?)status["jobPreparationTaskExecutionInfo"]!["retryCount"]);
        string runs = Path.Combine(node.Emulator.Store.FilesRoot, "jobs", "job-prepwall", "jobpreparation", "runs.txt");
        Assert.Single(File.ReadAllLines(runs));
    }
}
