using AzBatchJobs.Emulator.Store;
using static AzBatchJobs.Emulator.Tests.Node.NodeEmulator;

namespace AzBatchJobs.Emulator.Tests.Node;

/// <summary>Disable, enable, terminate, delete and restart have real effects on the node's processes.</summary>
public sealed class LocalNodeControlTests
{
    private const string LongRunning = "echo $$ > pid; exec sleep 30";

    private static async Task PostAsync(NodeEmulator node, string path, JsonObject? body = null, HttpStatusCode expected = HttpStatusCode.Accepted)
    {
        using var response = await node.Http.PostAsync(path, body);
        Assert.True(response.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.NoContent or HttpStatusCode.OK,
            $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task AssertKilledAsync(int pid) =>
        Assert.True(await NodeTestSupport.WaitUntilAsync(() => !NodeTestSupport.ProcessIsAlive(pid), TimeSpan.FromSeconds(5)), $"process {pid} still runs");

    [Fact]
    public async Task Disable_requeue_kills_and_requeues_nothing_starts_until_enabled()
    {
        await using var node = await NodeEmulator.StartAsync(slots: 1);
        await node.Http.CreateJobAsync("job-dreq");
        await node.AddTaskAsync("job-dreq", ShellTask("t", LongRunning));
        int pid = await node.WaitForPidAsync("job-dreq", "t");

        await PostAsync(node, "/jobs/job-dreq/disable", new JsonObject { ["disableTasks"] = "requeue" });

        await node.WaitForJobAsync("job-dreq", "disabled");
        await AssertKilledAsync(pid);
        JsonObject requeued = await node.GetTaskAsync("job-dreq", "t");
        Assert.Equal("active", (string?)requeued["state"]);
        Assert.Equal(1, (int?)requeued["executionInfo"]!["requeueCount"]);
        await node.AddTaskAsync("job-dreq", ShellTask("new", "exit 0"));
        await Task.Delay(1000); // several scheduler passes: a disabled job starts nothing
        Assert.Equal("active", (string?)(await node.GetTaskAsync("job-dreq", "new"))["state"]);

        await PostAsync(node, "/jobs/job-dreq/enable");

        await node.WaitForStateAsync("job-dreq", "t", "running");
    }

    [Fact]
    public async Task Disable_terminate_kills_and_completes_the_running_task_with_failure()
    {
        await using var node = await NodeEmulator.StartAsync(slots: 1);
        await node.Http.CreateJobAsync("job-dterm");
        await node.AddTaskAsync("job-dterm", ShellTask("t", LongRunning));
        int pid = await node.WaitForPidAsync("job-dterm", "t");

        await PostAsync(node, "/jobs/job-dterm/disable", new JsonObject { ["disableTasks"] = "terminate" });

        await node.WaitForJobAsync("job-dterm", "disabled");
        await AssertKilledAsync(pid);
        JsonObject task = await node.GetTaskAsync("job-dterm", "t");
        Assert.Equal("completed", (string?)task["state"]);
        Assert.Equal("failure", (string?)task["executionInfo"]!["result"]);
        Assert.Equal("TaskEnded", (string?)task["executionInfo"]!["failureInfo"]!["code"]);
    }

    [Fact]
    public async Task Disable_wait_lets_the_running_task_finish()
    {
        await using var node = await NodeEmulator.StartAsync(slots: 1);
        await node.Http.CreateJobAsync("job-dwait");
        await node.AddTaskAsync("job-dwait", ShellTask("t", "touch started; sleep 1; echo finished"));
        await node.WaitForStateAsync("job-dwait", "t", "running");

        await PostAsync(node, "/jobs/job-dwait/disable", new JsonObject { ["disableTasks"] = "wait" });

        Assert.Equal("disabling", (string?)(await node.GetJobAsync("job-dwait"))["state"]);
        JsonObject task = await node.WaitForStateAsync("job-dwait", "t", "completed");
        await node.WaitForJobAsync("job-dwait", "disabled");
        Assert.Equal("success", (string?)task["executionInfo"]!["result"]);
        Assert.Equal("finished\n", await node.ReadTaskFileAsync("job-dwait", "t", "stdout.txt"));
    }

    [Fact]
    public async Task Terminating_a_task_kills_its_process()
    {
        await using var node = await NodeEmulator.StartAsync();
        await node.Http.CreateJobAsync("job-tt");
        await node.AddTaskAsync("job-tt", ShellTask("t", LongRunning));
        int pid = await node.WaitForPidAsync("job-tt", "t");

        await PostAsync(node, "/jobs/job-tt/tasks/t/terminate");

        await AssertKilledAsync(pid);
        JsonObject task = await node.GetTaskAsync("job-tt", "t");
        Assert.Equal("completed", (string?)task["state"]);
        Assert.Equal("TaskEnded", (string?)task["executionInfo"]!["failureInfo"]!["code"]);
    }

    [Fact]
    public async Task Terminating_and_deleting_a_job_kill_its_processes()
    {
        await using var node = await NodeEmulator.StartAsync();
        await node.Http.CreateJobAsync("job-jt");
        await node.Http.CreateJobAsync("job-jd");
        await node.AddTaskAsync("job-jt", ShellTask("t", LongRunning));
        await node.AddTaskAsync("job-jd", ShellTask("t", LongRunning));
        int terminatedPid = await node.WaitForPidAsync("job-jt", "t");
        int deletedPid = await node.WaitForPidAsync("job-jd", "t");

        await PostAsync(node, "/jobs/job-jt/terminate");
        using (var response = await node.Http.SendAsync(HttpMethod.Delete, "/jobs/job-jd"))
        {
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }

        JsonObject job = await node.WaitForJobAsync("job-jt", "completed");
        await AssertKilledAsync(terminatedPid);
        await AssertKilledAsync(deletedPid);
        Assert.Equal("UserTerminate", (string?)job["executionInfo"]!["terminateReason"]);
        Assert.Equal("TaskEnded", (string?)(await node.GetTaskAsync("job-jt", "t"))["executionInfo"]!["failureInfo"]!["code"]);
        Assert.True(await NodeTestSupport.WaitUntilAsync(() =>
        {
            using var response = node.Http.GetAsync("/jobs/job-jd").GetAwaiter().GetResult();
            return response.StatusCode == HttpStatusCode.NotFound;
        }, TimeSpan.FromSeconds(10)), "the deleted job is still there");
    }

    [Fact]
    public async Task After_a_crash_a_task_whose_process_was_lost_is_requeued_and_runs_again()
    {
        using var temp = new TempDirectory();
        await using (var crashed = await NodeEmulator.StartAsync(startNode: false, dataDirectory: temp.Path))
        {
            await crashed.Http.CreateJobAsync("job-crash");
            await crashed.AddTaskAsync("job-crash", ShellTask("t", "echo ran"));
            // A node that claimed the task and then died: the store says running, no process exists.
            TaskRecord claimed = crashed.Emulator.Store.ClaimNextActiveTask()!;
            Assert.True(crashed.Emulator.Store.SetTaskRunning(claimed.JobId, claimed.Id, new JsonObject { ["nodeId"] = "local-node" }));
        }

        await using var restarted = await NodeEmulator.StartAsync(dataDirectory: temp.Path);

        JsonObject task = await restarted.WaitForStateAsync("job-crash", "t", "completed");
        Assert.Equal(1, (int?)task["executionInfo"]!["requeueCount"]);
        Assert.Equal("success", (string?)task["executionInfo"]!["result"]);
        Assert.Equal("ran\n", await restarted.ReadTaskFileAsync("job-crash", "t", "stdout.txt"));
    }
}
