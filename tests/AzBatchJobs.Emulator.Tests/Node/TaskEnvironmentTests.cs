using AzBatchJobs.Emulator.Node;
using Xunit;
using static AzBatchJobs.Emulator.Tests.Node.NodeTestSupport;

namespace AzBatchJobs.Emulator.Tests.Node;

public sealed class TaskEnvironmentTests
{
    private static TaskEnvironmentBuilder Builder(NodeDirectories node) => new(node, new Dictionary<string, string>());

    [Fact]
    public void Only_what_programs_need_is_kept_from_the_emulators_environment_by_the_rules_of_each_system()
    {
        var variables = new System.Collections.Hashtable
        {
            ["PATH"] = "/usr/bin", ["HOME"] = "/home/me", ["LANG"] = "C.UTF-8", ["LC_ALL"] = "C", ["TMPDIR"] = "/tmp",
            ["AZURE_CLIENT_SECRET"] = "s", ["AZURE_BATCH_ACCESS_KEY"] = "k", ["GITHUB_TOKEN"] = "t", ["MY_TOOL_HOME"] = "/opt/tool",
        };
        var unix = HostEnvironment.Select(variables, ["MY_TOOL_HOME"], windows: false);
        Assert.Equal(["HOME", "LANG", "LC_ALL", "MY_TOOL_HOME", "PATH", "TMPDIR"], unix.Keys.Order(StringComparer.Ordinal));

        var windowsVariables = new System.Collections.Hashtable
        {
            ["Path"] = @"C:\Windows", ["SystemRoot"] = @"C:\Windows", ["COMSPEC"] = "cmd.exe", ["PATHEXT"] = ".EXE", ["TEMP"] = "t",
            ["USERPROFILE"] = "u", ["ProgramFiles(x86)"] = "p", ["AZURE_CLIENT_SECRET"] = "s", ["LC_ALL"] = "C",
        };
        var windows = HostEnvironment.Select(windowsVariables, [], windows: true);
        Assert.Equal(["COMSPEC", "Path", "PATHEXT", "ProgramFiles(x86)", "SystemRoot", "TEMP", "USERPROFILE"], windows.Keys.Order(StringComparer.OrdinalIgnoreCase));
        Assert.True(windows.ContainsKey("PATH"));
    }

    [Fact]
    public async Task A_task_process_sees_the_batch_variables_and_the_task_settings_win_over_the_job()
    {
        using var temp = new TempDirectory();
        var node = new NodeDirectories(temp.Path);
        TaskDirectory dir = node.ForTask("job-1", "task-1");
        var identity = new TaskRunIdentity("job-1", "task-1", "pool-a", "local-node", dir, node.ForJobPreparation("job-1"));
        IReadOnlyDictionary<string, string> environment = new TaskEnvironmentBuilder(node, HostEnvironment.Capture([])).Build(identity,
            [new EnvironmentSetting("SHARED", "from-job"), new EnvironmentSetting("ONLY_JOB", "j")],
            [new EnvironmentSetting("SHARED", "from-task"), new EnvironmentSetting("AZ_BATCH_TASK_ID", "spoofed")]);

        string script = "echo $AZ_BATCH_TASK_ID $AZ_BATCH_JOB_ID $AZ_BATCH_POOL_ID $AZ_BATCH_NODE_ID; "
            + "echo $AZ_BATCH_NODE_ROOT_DIR; echo $AZ_BATCH_NODE_SHARED_DIR; echo $AZ_BATCH_TASK_DIR; "
            + "echo $AZ_BATCH_TASK_WORKING_DIR; echo $AZ_BATCH_JOB_PREP_DIR; echo $AZ_BATCH_JOB_PREP_WORKING_DIR; "
            + "echo $SHARED $ONLY_JOB; pwd";
        ProcessRunResult run = await new TaskProcessRunner().RunAsync(Launch(Shell(script), dir, environment: environment), default);

        Assert.Equal(0, run.ExitCode);
        string[] lines = File.ReadAllLines(dir.StdoutPath);
        Assert.Equal("task-1 job-1 pool-a local-node", lines[0]);
        Assert.Equal(node.Root, lines[1]);
        Assert.Equal(node.SharedDir, lines[2]);
        Assert.Equal(dir.TaskDir, lines[3]);
        Assert.Equal(dir.WorkingDir, lines[4]);
        Assert.Equal(node.ForJobPreparation("job-1").TaskDir, lines[5]);
        Assert.Equal(node.ForJobPreparation("job-1").WorkingDir, lines[6]);
        Assert.Equal("from-task j", lines[7]);
        Assert.Equal(dir.WorkingDir, lines[8]);
    }

    [Fact]
    public void Job_preparation_variables_are_set_only_when_the_job_has_a_preparation_task()
    {
        var node = new NodeDirectories("/state");
        var identity = new TaskRunIdentity("j", "t", "p", "n", node.ForTask("j", "t"), null);

        IReadOnlyDictionary<string, string> environment = Builder(node).Build(identity, null, null);

        Assert.False(environment.ContainsKey("AZ_BATCH_JOB_PREP_DIR"));
        Assert.False(environment.ContainsKey("AZ_BATCH_JOB_PREP_WORKING_DIR"));
        Assert.Equal("t", environment["AZ_BATCH_TASK_ID"]);
    }

    [Fact]
    public void A_setting_without_a_name_is_refused_naming_the_field()
    {
        var node = new NodeDirectories("/state");
        var identity = new TaskRunIdentity("j", "t", "p", "n", node.ForTask("j", "t"), null);

        var error = Assert.Throws<ArgumentException>(() =>
            Builder(node).Build(identity, null, [new EnvironmentSetting("A=B", "x")]));

        Assert.StartsWith("environmentSettings:", error.Message);
    }
}
