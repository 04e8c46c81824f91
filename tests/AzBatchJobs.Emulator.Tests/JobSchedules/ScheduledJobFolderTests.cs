using AzBatchJobs.Emulator.Node;

namespace AzBatchJobs.Emulator.Tests.JobSchedules;

/// <summary>The files of a job a schedule made: its id holds a ':', which no file name on Windows may.</summary>
public sealed class ScheduledJobFolderTests
{
    [Fact]
    public void A_scheduled_job_has_its_folder_with_the_colon_escaped_where_the_task_file_api_looks()
    {
        var node = new NodeDirectories("/state");
        var store = new Store.BatchStore(null, "/state");

        TaskDirectory task = node.ForTask("Nightly:job-12", "t1");

        Assert.Equal(Path.GetFullPath("/state/jobs/Nightly%3Ajob-12/tasks/t1"), task.TaskDir);
        Assert.Equal(task.TaskDir, Path.GetFullPath(store.TaskDirectory("Nightly:job-12", "t1")));
        store.Dispose();
    }

    [Theory]
    [InlineData("a:b")]
    [InlineData("a:job-")]
    [InlineData("a:job-1/..")]
    [InlineData(":job-1")]
    public void Other_ids_with_a_colon_are_refused(string jobId)
    {
        var error = Assert.Throws<ArgumentException>(() => new NodeDirectories("/state").ForTask(jobId, "t1"));

        Assert.StartsWith("jobId:", error.Message);
    }
}
