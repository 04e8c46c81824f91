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
}
