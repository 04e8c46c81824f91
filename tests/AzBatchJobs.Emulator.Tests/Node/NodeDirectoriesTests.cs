using AzBatchJobs.Emulator.Node;
using Xunit;

namespace AzBatchJobs.Emulator.Tests.Node;

public sealed class NodeDirectoriesTests
{
    [Fact]
    public void Lays_out_task_job_preparation_release_and_subtask_directories_under_the_root()
    {
        var node = new NodeDirectories("/state");

        TaskDirectory task = node.ForTask("MyJob", "Task_7");
        Assert.Equal(Path.GetFullPath("/state/jobs/MyJob/tasks/Task_7"), task.TaskDir);
        Assert.Equal(Path.Combine(task.TaskDir, "wd"), task.WorkingDir);
        Assert.Equal(Path.Combine(task.TaskDir, "stdout.txt"), task.StdoutPath);
        Assert.Equal(Path.Combine(task.TaskDir, "stderr.txt"), task.StderrPath);
        Assert.Equal(Path.GetFullPath("/state/shared"), node.SharedDir);
        Assert.Equal(Path.GetFullPath("/state/jobs/MyJob/jobpreparation/wd"), node.ForJobPreparation("MyJob").WorkingDir);
        Assert.Equal(Path.GetFullPath("/state/jobs/MyJob/jobrelease/wd"), node.ForJobRelease("MyJob").WorkingDir);
        Assert.Equal(task, node.ForSubtask("MyJob", "Task_7", 0));
        Assert.Equal(Path.GetFullPath("/state/jobs/MyJob/tasks/Task_7/subtasks/2"), node.ForSubtask("MyJob", "Task_7", 2).TaskDir);
    }

    [Theory]
    [InlineData("..")]
    [InlineData("a/b")]
    [InlineData("")]
    [InlineData("x y")]
    public void Refuses_ids_that_could_leave_the_root(string badId)
    {
        var node = new NodeDirectories("/state");

        var error = Assert.Throws<ArgumentException>(() => node.ForTask("job", badId));

        Assert.StartsWith("taskId:", error.Message);
        Assert.Contains("not a valid Batch id", error.Message);
    }
}
