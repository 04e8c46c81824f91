using AzBatchJobs.Client.Models;
using AzBatchJobs.Client.Tests.Infrastructure;

namespace AzBatchJobs.Client.Tests;

public sealed class ValidationTests
{
    private readonly CapturingTransport _transport = CapturingTransport.Responding(new TestResponse(201));

    private BatchClient Client => TestClients.SharedKey(_transport);

    private static BatchJobCreateOptions Job(string id = "job-1") => new() { Id = id, PoolInfo = new BatchPoolInfo { PoolId = "pool" } };

    private static BatchTaskCreateOptions Task(string id) => new() { Id = id, CommandLine = "echo hi" };

    [Theory]
    [InlineData("has space", "contains ' '")]
    [InlineData("slash/id", "contains '/'")]
    [InlineData("dot.id", "contains '.'")]
    [InlineData("", "is required")]
    public void Invalid_job_ids_are_refused_before_sending(string id, string expected)
    {
        var error = Assert.Throws<BatchValidationException>(() => Client.CreateJob(Job(id)));

        Assert.Equal("job.Id", error.ParamName);
        Assert.Contains(expected, error.Message);
        Assert.Empty(_transport.Requests);
    }

    [Fact]
    public void Ids_longer_than_64_characters_are_refused_and_64_is_accepted()
    {
        var error = Assert.Throws<BatchValidationException>(() => Client.CreateJob(Job(new string('a', 65))));
        Assert.Contains("at most 64 characters", error.Message);

        Client.CreateJob(Job(new string('a', 64)));
        Assert.Single(_transport.Requests);
    }

    [Theory]
    [InlineData(-1001)]
    [InlineData(1001)]
    public void Priority_outside_minus_1000_to_1000_is_refused(int priority)
    {
        var job = Job();
        job.Priority = priority;

        var error = Assert.Throws<BatchValidationException>(() => Client.CreateJob(job));

        Assert.Equal("job.Priority", error.ParamName);
        Assert.Contains("between -1000 and 1000", error.Message);
        Assert.Throws<BatchValidationException>(() => Client.UpdateJob("job-1", new BatchJobUpdateOptions { Priority = priority }));
        Assert.Empty(_transport.Requests);
    }

    [Fact]
    public void A_job_without_pool_info_is_refused()
    {
        var error = Assert.Throws<BatchValidationException>(() => Client.CreateJob(new BatchJobCreateOptions { Id = "job-1" }));

        Assert.Equal("job.PoolInfo", error.ParamName);
        Assert.Empty(_transport.Requests);
    }

    [Fact]
    public void A_job_release_task_without_a_preparation_task_is_refused()
    {
        var job = Job();
        job.JobReleaseTask = new BatchJobReleaseTask { CommandLine = "cleanup" };

        var error = Assert.Throws<BatchValidationException>(() => Client.CreateJob(job));

        Assert.Equal("job.JobReleaseTask", error.ParamName);
        Assert.Equal("job.JobReleaseTask needs a job preparation task too: the service refuses a job release task without one.", error.Message);
        Assert.Empty(_transport.Requests);
    }

    [Fact]
    public void A_job_manager_task_needs_an_id_and_a_command_line()
    {
        var job = Job();
        job.JobManagerTask = new BatchJobManagerTask { Id = "jm" };

        var error = Assert.Throws<BatchValidationException>(() => Client.CreateJob(job));

        Assert.Equal("job.JobManagerTask.CommandLine", error.ParamName);
        Assert.Contains("is required", error.Message);
    }

    [Fact]
    public void A_task_needs_a_command_line()
    {
        var error = Assert.Throws<BatchValidationException>(() => Client.CreateTask("job-1", new BatchTaskCreateOptions { Id = "t1" }));

        Assert.Equal("task.CommandLine", error.ParamName);
        Assert.Empty(_transport.Requests);
    }

    [Fact]
    public void A_task_collection_takes_1_to_100_tasks()
    {
        var tooMany = Enumerable.Range(0, 101).Select(i => Task("t" + i)).ToList();

        var error = Assert.Throws<BatchValidationException>(() => Client.CreateTaskCollection("job-1", tooMany));
        Assert.Contains("1 to 100", error.Message);
        Assert.Throws<BatchValidationException>(() => Client.CreateTaskCollection("job-1", Array.Empty<BatchTaskCreateOptions>()));
        Assert.Empty(_transport.Requests);
    }

    [Fact]
    public void A_task_collection_names_the_bad_task_and_refuses_duplicate_ids()
    {
        var bad = new[] { Task("t1"), Task("bad id") };
        Assert.Equal("tasks[1].Id", Assert.Throws<BatchValidationException>(() => Client.CreateTaskCollection("job-1", bad)).ParamName);

        var duplicate = new[] { Task("t1"), Task("T1") };
        var error = Assert.Throws<BatchValidationException>(() => Client.CreateTaskCollection("job-1", duplicate));
        Assert.Equal("tasks[1].Id", error.ParamName);
        Assert.Contains("more than once", error.Message);
        Assert.Empty(_transport.Requests);
    }

    [Fact]
    public void Path_ids_are_checked_so_no_id_can_change_the_path()
    {
        var error = Assert.Throws<BatchValidationException>(() => Client.GetTask("job-1", "../other"));

        Assert.Equal("taskId", error.ParamName);
        Assert.Empty(_transport.Requests);
    }

    [Fact]
    public void List_and_timeout_limits_are_checked()
    {
        Assert.Equal("MaxResults", Assert.Throws<ArgumentOutOfRangeException>(() => Client.GetJobs(new BatchListOptions { MaxResults = 1001 }).ToList()).ParamName);
        Assert.Equal("TimeoutSeconds", Assert.Throws<ArgumentOutOfRangeException>(() => Client.EnableJob("job-1", new BatchRequestOptions { TimeoutSeconds = 0 })).ParamName);
        Assert.Equal("TimeoutSeconds", Assert.Throws<ArgumentOutOfRangeException>(() => Client.GetJobs(new BatchListOptions { TimeoutSeconds = 0 }).ToList()).ParamName);
        Assert.Empty(_transport.Requests);
    }

    [Fact]
    public void Conditions_an_operation_does_not_take_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Client.CreateJob(Job(), new BatchRequestOptions { IfMatch = "0x1" }));

        Assert.Equal("IfMatch", error.ParamName);
        Assert.Contains("CreateJob", error.Message);
        Assert.Empty(_transport.Requests);
    }
}
