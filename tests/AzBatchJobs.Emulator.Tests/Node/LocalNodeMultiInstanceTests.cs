using static AzBatchJobs.Emulator.Tests.Node.NodeEmulator;

namespace AzBatchJobs.Emulator.Tests.Node;

/// <summary>Multi-instance tasks on the local node: coordination on every instance, then the primary; list subtasks.</summary>
public sealed class LocalNodeMultiInstanceTests
{
    private static JsonObject MultiInstance(int instances, string coordination) => new()
    {
        ["multiInstanceSettings"] = new JsonObject
        {
            ["numberOfInstances"] = instances,
            ["coordinationCommandLine"] = NodeTestSupport.Shell(coordination),
        },
    };

    [Fact]
    public async Task Every_instance_coordinates_then_the_primary_runs_and_the_subtasks_are_listed()
    {
        await using var node = await NodeEmulator.StartAsync();
        await node.Http.CreateJobAsync("job-mi");
        await node.AddTaskAsync("job-mi", ShellTask("mpi", "cat coord.txt; echo $AZ_BATCH_HOST_LIST",
            MultiInstance(3, "echo coord $AZ_BATCH_IS_CURRENT_NODE_MASTER > coord.txt")));

        JsonObject task = await node.WaitForStateAsync("job-mi", "mpi", "completed");

        Assert.Equal("success", (string?)task["executionInfo"]!["result"]);
        Assert.Equal("coord true\n127.0.0.1,127.0.0.1,127.0.0.1\n", await node.ReadTaskFileAsync("job-mi", "mpi", "stdout.txt"));
        Assert.Equal("coord false\n", await node.ReadTaskFileAsync("job-mi", "mpi", "subtasks/2/wd/coord.txt"));
        JsonArray subtasks = (JsonArray)(await node.Http.GetJsonAsync("/jobs/job-mi/tasks/mpi/subtasksinfo"))["value"]!;
        Assert.Equal([1, 2], subtasks.Select(s => (int)s!["id"]!));
        Assert.All(subtasks, s =>
        {
            Assert.Equal("completed", (string?)s!["state"]);
            Assert.Equal(0, (int?)s["exitCode"]);
            Assert.Equal("local-node", (string?)s["nodeInfo"]!["nodeId"]);
        });
    }

    [Fact]
    public async Task A_failed_coordination_fails_the_task_and_the_primary_command_does_not_run()
    {
        await using var node = await NodeEmulator.StartAsync();
        await node.Http.CreateJobAsync("job-mifail");
        await node.AddTaskAsync("job-mifail", ShellTask("mpi", "touch primary-ran", MultiInstance(2, "exit 5")));

        JsonObject task = await node.WaitForStateAsync("job-mifail", "mpi", "completed");

        Assert.Equal("failure", (string?)task["executionInfo"]!["result"]);
        Assert.Equal(5, (int?)task["executionInfo"]!["exitCode"]);
        Assert.False(File.Exists(Path.Combine(node.Emulator.Store.TaskDirectory("job-mifail", "mpi"), "wd", "primary-ran")));
        JsonArray subtasks = (JsonArray)(await node.Http.GetJsonAsync("/jobs/job-mifail/tasks/mpi/subtasksinfo"))["value"]!;
        Assert.Equal("failure", (string?)Assert.Single(subtasks)!["result"]);
    }
}
