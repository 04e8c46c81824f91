using AzBatchJobs.Emulator.Node;
using Xunit;
using static AzBatchJobs.Emulator.Tests.Node.NodeTestSupport;

namespace AzBatchJobs.Emulator.Tests.Node;

public sealed class TaskEnvironmentTests
{
    [Fact]
    public async Task A_task_process_sees_the_batch_variables_and_the_task_settings_win_over_the_job()
    {
        using var temp = new TempDirectory();
        var node = new NodeDirectories(temp.Path);
        TaskDirectory dir = node.ForTask("job-1", "task-1");
        var identity = new TaskRunIdentity("job-1", "task-1", "pool-a", "local-node", dir, node.ForJobPreparation("job-1"));
        IReadOnlyDictionary<string, string> environment = TaskEnvironmentBuilder.Build(identity, node,
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

        IReadOnlyDictionary<string, string> environment = TaskEnvironmentBuilder.Build(identity, node, null, null);

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
            TaskEnvironmentBuilder.Build(identity, node, null, [new EnvironmentSetting("A=B", "x")]));

        Assert.StartsWith("environmentSettings:", error.Message);
    }
}
