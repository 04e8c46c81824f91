using static AzBatchJobs.Emulator.Tests.Node.NodeEmulator;

namespace AzBatchJobs.Emulator.Tests.Node;

/// <summary>A task starts from a minimal environment: the emulator's secrets stay with the emulator.</summary>
public sealed class LocalNodeEnvironmentTests
{
    private static async Task<Dictionary<string, string>> TaskEnvironmentAsync(Action<EmulatorOptions>? configure = null)
    {
        await using var node = await NodeEmulator.StartAsync(slots: 1, configure: configure);
        await node.Http.CreateJobAsync("job-env", new JsonObject
        {
            ["commonEnvironmentSettings"] = new JsonArray(new JsonObject { ["name"] = "FROM_JOB", ["value"] = "j" }),
        });
        await node.AddTaskAsync("job-env", ShellTask("t", "env", new JsonObject
        {
            ["environmentSettings"] = new JsonArray(new JsonObject { ["name"] = "FROM_TASK", ["value"] = "t" }),
        }));
        JsonObject task = await node.WaitForStateAsync("job-env", "t", "completed");
        Assert.Equal(0, (int?)task["executionInfo"]!["exitCode"]);
        string output = await node.ReadTaskFileAsync("job-env", "t", "stdout.txt");
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('=', 2)).Where(pair => pair.Length == 2)
            .GroupBy(pair => pair[0]).ToDictionary(group => group.Key, group => group.Last()[1]);
    }

    [Fact]
    public async Task A_task_sees_path_home_the_batch_variables_and_its_settings_but_not_the_emulators_secrets()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // the Windows list is checked in TaskEnvironmentTests
        }
        Environment.SetEnvironmentVariable("AZBJ_TEST_CLIENT_SECRET", "do-not-leak");
        try
        {
            Dictionary<string, string> environment = await TaskEnvironmentAsync();
            Assert.DoesNotContain("AZBJ_TEST_CLIENT_SECRET", environment.Keys);
            Assert.DoesNotContain(environment.Values, value => value.Contains("do-not-leak"));
            Assert.Equal(Environment.GetEnvironmentVariable("PATH"), environment["PATH"]);
            Assert.Equal(Environment.GetEnvironmentVariable("HOME"), environment["HOME"]);
            Assert.Equal("t", environment["AZ_BATCH_TASK_ID"]);
            Assert.Equal("j", environment["FROM_JOB"]);
            Assert.Equal("t", environment["FROM_TASK"]);
        }
        finally
        {
            Environment.SetEnvironmentVariable("AZBJ_TEST_CLIENT_SECRET", null);
        }
    }

    [Fact]
    public async Task Pass_env_passes_a_variable_by_name()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        Environment.SetEnvironmentVariable("AZBJ_TEST_PASSED", "wanted");
        try
        {
            Dictionary<string, string> environment = await TaskEnvironmentAsync(options => options.PassEnvironment.Add("AZBJ_TEST_PASSED"));
            Assert.Equal("wanted", environment["AZBJ_TEST_PASSED"]);
        }
        finally
        {
            Environment.SetEnvironmentVariable("AZBJ_TEST_PASSED", null);
        }
    }
}
