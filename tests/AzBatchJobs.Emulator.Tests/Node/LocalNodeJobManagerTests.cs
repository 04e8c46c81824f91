using static AzBatchJobs.Emulator.Tests.Node.NodeEmulator;

namespace AzBatchJobs.Emulator.Tests.Node;

/// <summary>The job manager task on the local node: killJobOnCompletion and runExclusive.</summary>
public sealed class LocalNodeJobManagerTests
{
    private static JsonObject Manager(string script, JsonObject? flags = null)
    {
        var manager = new JsonObject { ["id"] = "manager", ["commandLine"] = NodeTestSupport.Shell(script) };
        foreach (var (name, value) in flags ?? [])
        {
            manager[name] = value?.DeepClone();
        }
        return manager;
    }

    [Fact]
    public async Task The_manager_runs_as_a_task_of_the_job_and_its_completion_terminates_the_job()
    {
        await using var node = await NodeEmulator.StartAsync();
        await node.Http.CreateJobAsync("job-jm", new JsonObject { ["jobManagerTask"] = Manager("echo managing") });

        await node.WaitForTaskToExistAsync("job-jm", "manager");
        JsonObject manager = await node.WaitForStateAsync("job-jm", "manager", "completed");
        JsonObject job = await node.WaitForJobAsync("job-jm", "completed");

        Assert.Equal("success", (string?)manager["executionInfo"]!["result"]);
        Assert.Equal("managing\n", await node.ReadTaskFileAsync("job-jm", "manager", "stdout.txt"));
        Assert.Equal("JMComplete", (string?)job["executionInfo"]!["terminateReason"]);
    }

    [Fact]
    public async Task An_exclusive_manager_runs_alone_and_without_kill_on_completion_the_job_goes_on()
    {
        await using var node = await NodeEmulator.StartAsync(slots: 4, startNode: false);
        await node.Http.CreateJobAsync("job-jmx", new JsonObject
        {
            ["jobManagerTask"] = Manager("sleep 0.4", new JsonObject { ["killJobOnCompletion"] = false }),
        });
        await node.AddTaskAsync("job-jmx", ShellTask("worker", "exit 0"));
        await node.WaitForTaskToExistAsync("job-jmx", "manager");

        node.StartNode();
        JsonObject manager = await node.WaitForStateAsync("job-jmx", "manager", "completed");
        JsonObject worker = await node.WaitForStateAsync("job-jmx", "worker", "completed");

        Assert.True(NodeEmulator.Time(worker["executionInfo"]!["startTime"]) >= NodeEmulator.Time(manager["executionInfo"]!["endTime"]),
            "a task ran beside the exclusive job manager");
        Assert.Equal("active", (string?)(await node.GetJobAsync("job-jmx"))["state"]);
    }

    [Fact]
    public async Task A_job_deleted_and_created_again_with_the_same_id_gets_its_manager_again()
    {
        await using var node = await NodeEmulator.StartAsync();
        var keepJob = new JsonObject { ["killJobOnCompletion"] = false };
        await node.Http.CreateJobAsync("job-jmagain", new JsonObject { ["jobManagerTask"] = Manager("echo first", keepJob) });
        await node.WaitForTaskToExistAsync("job-jmagain", "manager");
        await node.WaitForStateAsync("job-jmagain", "manager", "completed");
        using (var response = await node.Http.SendAsync(HttpMethod.Delete, "/jobs/job-jmagain"))
        {
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }
        Assert.True(await NodeTestSupport.WaitUntilAsync(() =>
        {
            using var response = node.Http.GetAsync("/jobs/job-jmagain").GetAwaiter().GetResult();
            return response.StatusCode == HttpStatusCode.NotFound;
        }, TimeSpan.FromSeconds(10)), "the deleted job is still there");

        await node.Http.CreateJobAsync("job-jmagain", new JsonObject { ["jobManagerTask"] = Manager("echo second", keepJob) });

        await node.WaitForTaskToExistAsync("job-jmagain", "manager");
        await node.WaitForStateAsync("job-jmagain", "manager", "completed");
        Assert.Equal("second\n", await node.ReadTaskFileAsync("job-jmagain", "manager", "stdout.txt"));
    }
}
