using AzBatchJobs.Client.Models;
using AzBatchJobs.Client.Tests.Infrastructure;

namespace AzBatchJobs.Client.Tests;

/// <summary>Job schedule input the service would refuse is refused before anything is sent, naming the field.</summary>
public sealed class JobScheduleValidationTests
{
    private readonly CapturingTransport _transport = CapturingTransport.Responding(new TestResponse(201));

    private BatchClient Client => TestClients.SharedKey(_transport);

    private static BatchJobScheduleCreateOptions Schedule(Action<BatchJobScheduleCreateOptions>? change = null)
    {
        var schedule = new BatchJobScheduleCreateOptions
        {
            Id = "nightly",
            Schedule = new BatchJobScheduleConfiguration(),
            JobSpecification = new BatchJobSpecification { PoolInfo = new BatchPoolInfo { PoolId = "pool-1" } },
        };
        change?.Invoke(schedule);
        return schedule;
    }

    public static TheoryData<string, Action<BatchJobScheduleCreateOptions>> BadCreates() => new()
    {
        { "jobSchedule.Id", s => s.Id = "a:b" },
        { "jobSchedule.Schedule", s => s.Schedule = null },
        { "jobSchedule.Schedule.RecurrenceInterval", s => s.Schedule!.RecurrenceInterval = TimeSpan.FromSeconds(59) },
        { "jobSchedule.Schedule.StartWindow", s => s.Schedule!.StartWindow = TimeSpan.Zero },
        { "jobSchedule.JobSpecification", s => s.JobSpecification = null },
        { "jobSchedule.JobSpecification.PoolInfo", s => s.JobSpecification!.PoolInfo = null },
        { "jobSchedule.JobSpecification.Priority", s => s.JobSpecification!.Priority = 1001 },
        { "jobSchedule.JobSpecification.MaxParallelTasks", s => s.JobSpecification!.MaxParallelTasks = 0 },
        { "jobSchedule.JobSpecification.JobManagerTask.CommandLine", s => s.JobSpecification!.JobManagerTask = new BatchJobManagerTask { Id = "m" } },
        { "jobSchedule.JobSpecification.JobReleaseTask", s => s.JobSpecification!.JobReleaseTask = new BatchJobReleaseTask { CommandLine = "x" } },
    };

    [Theory]
    [MemberData(nameof(BadCreates))]
    public void A_schedule_the_service_would_refuse_is_refused_naming_the_field(string field, Action<BatchJobScheduleCreateOptions> change)
    {
        var error = Assert.Throws<ArgumentException>(() => Client.CreateJobSchedule(Schedule(change)));

        Assert.Equal(field, error.ParamName);
        Assert.Empty(_transport.Requests);
    }

    [Fact]
    public void The_shortest_intervals_and_the_unlimited_one_are_accepted()
    {
        Client.CreateJobSchedule(Schedule(s => s.Schedule = new BatchJobScheduleConfiguration
        {
            StartWindow = TimeSpan.FromMinutes(1),
            RecurrenceInterval = TimeSpan.MaxValue,
        }));

        Assert.Single(_transport.Requests);
    }

    [Fact]
    public void An_update_checks_what_is_set_and_a_job_specification_needs_its_pool()
    {
        Assert.Equal("update", Assert.Throws<ArgumentNullException>(() => Client.UpdateJobSchedule("nightly", null!)).ParamName);
        Assert.Equal("update.JobSpecification.PoolInfo", Assert.Throws<ArgumentException>(() =>
            Client.UpdateJobSchedule("nightly", new BatchJobScheduleUpdateOptions { JobSpecification = new BatchJobSpecification { Priority = 1 } })).ParamName);
        Assert.Equal("update.Schedule.StartWindow", Assert.Throws<ArgumentException>(() =>
            Client.UpdateJobSchedule("nightly", new BatchJobScheduleUpdateOptions { Schedule = new BatchJobScheduleConfiguration { StartWindow = TimeSpan.FromSeconds(1) } })).ParamName);
        Assert.Equal("jobSchedule.JobSpecification", Assert.Throws<ArgumentException>(() =>
            Client.ReplaceJobSchedule("nightly", new BatchJobSchedule())).ParamName);
        Assert.Empty(_transport.Requests);
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("a:job-1")]
    [InlineData("")]
    public void Schedule_ids_in_paths_are_plain_ids(string id)
    {
        Assert.Equal("jobScheduleId", Assert.Throws<ArgumentException>(() => Client.DeleteJobSchedule(id)).ParamName);
        Assert.Equal("jobScheduleId", Assert.Throws<ArgumentException>(() => Client.GetJobsFromSchedule(id)).ParamName);
        Assert.Empty(_transport.Requests);
    }

    [Theory]
    [InlineData("a:b")]
    [InlineData("a:job-")]
    [InlineData("a:job-1x")]
    [InlineData(":job-1")]
    [InlineData("a:job-1/../x")]
    public void A_job_id_with_a_colon_must_be_that_of_a_scheduled_job(string jobId)
    {
        var error = Assert.Throws<ArgumentException>(() => Client.GetJob(jobId));

        Assert.Equal("jobId", error.ParamName);
        Assert.Contains(":job-{n}", error.Message);
        Assert.Empty(_transport.Requests);
    }

    [Fact]
    public void Conditions_create_does_not_take_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Client.CreateJobSchedule(Schedule(), new BatchRequestOptions { IfNoneMatch = "0x1" }));

        Assert.Equal("IfNoneMatch", error.ParamName);
        Assert.Contains("CreateJobSchedule", error.Message);
    }
}
