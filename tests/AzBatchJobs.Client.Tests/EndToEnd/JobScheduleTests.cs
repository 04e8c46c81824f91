using System.Text;
using AzBatchJobs.Client.Models;
using AzBatchJobs.Emulator;
using Microsoft.Extensions.Time.Testing;

namespace AzBatchJobs.Client.Tests.EndToEnd;

/// <summary>An emulator with no task slots whose job schedules follow a clock the tests advance.</summary>
public sealed class ScheduleClockEmulator : EmulatorFixture
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2030, 6, 1, 0, 0, 0, TimeSpan.Zero));

    protected override EmulatorOptions Options() => new() { Slots = 0, Clock = Clock };
}

/// <summary>Job schedules through the client against the emulator: every operation, the jobs they create, and the errors.</summary>
public sealed class JobScheduleTests : IClassFixture<ScheduleClockEmulator>
{
    private readonly ScheduleClockEmulator _emulator;
    private readonly BatchClient _client;

    public JobScheduleTests(ScheduleClockEmulator emulator)
    {
        _emulator = emulator;
        _client = emulator.Client;
    }

    private static BatchJobScheduleCreateOptions NewSchedule(string id, BatchJobScheduleConfiguration? schedule = null) => new()
    {
        Id = id,
        Schedule = schedule ?? new BatchJobScheduleConfiguration(),
        JobSpecification = new BatchJobSpecification { PoolInfo = new BatchPoolInfo { PoolId = "e2e-pool" } },
    };

    private Task<BatchJobSchedule> ScheduleAsync(string id, Func<BatchJobSchedule, bool> done, string what) =>
        Eventually.WaitForAsync(async () => (await _client.GetJobScheduleAsync(id)).Value, done, what);

    [Fact]
    public async Task A_schedule_goes_through_every_operation_and_its_job_through_the_job_api()
    {
        string id = EmulatorFixture.NewId("Nightly");
        var create = NewSchedule(id, new BatchJobScheduleConfiguration { RecurrenceInterval = TimeSpan.FromDays(1), StartWindow = TimeSpan.FromHours(1) });
        create.DisplayName = "nightly run";
        create.JobSpecification!.Priority = 4;
        create.JobSpecification.Metadata = [new BatchMetadataItem { Name = "made-by", Value = "schedule" }];
        create.Metadata = [new BatchMetadataItem { Name = "owner", Value = "ops" }];

        var created = await _client.CreateJobScheduleAsync(create);

        Assert.Equal(201, created.Status);
        Assert.EndsWith("/jobschedules/" + id, created.Location!.ToString());
        Assert.True((await _client.JobScheduleExistsAsync(id.ToUpperInvariant())).Value);
        var schedule = (await _client.GetJobScheduleAsync(id)).Value;
        Assert.Equal(created.ETag, schedule.ETag);
        Assert.Equal(BatchJobScheduleState.Active, schedule.State);
        Assert.Equal("nightly run", schedule.DisplayName);
        Assert.Equal(TimeSpan.FromDays(1), schedule.Schedule!.RecurrenceInterval);
        Assert.Equal(TimeSpan.FromHours(1), schedule.Schedule.StartWindow);
        Assert.Equal(TimeSpan.MaxValue, schedule.JobSpecification!.Constraints!.MaxWallClockTime);
        Assert.Equal("ops", Assert.Single(schedule.Metadata).Value);
        Assert.Equal(_emulator.Clock.GetUtcNow().AddDays(1), schedule.ExecutionInfo!.NextRunTime);
        string jobId = $"{id}:job-1";
        Assert.Equal(jobId, schedule.ExecutionInfo.RecentJob!.Id);

        var job = (await _client.GetJobAsync(jobId)).Value;
        Assert.Equal(4, job.Priority);
        Assert.Equal("schedule", Assert.Single(job.Metadata).Value);
        await _client.CreateTaskAsync(jobId, new BatchTaskCreateOptions { Id = "t1", CommandLine = "echo 1" });
        Assert.Equal("t1", Assert.Single(_client.GetTasks(jobId).ToList()).Id);
        Assert.Equal(new[] { jobId }, _client.GetJobsFromSchedule(id).Select(j => j.Id));
        Assert.Contains(_client.GetJobSchedules(new BatchListOptions { Filter = $"id eq '{id}'" }), s => s.Id == id);

        await _client.UpdateJobScheduleAsync(id, new BatchJobScheduleUpdateOptions { Metadata = [] },
            new BatchRequestOptions { IfMatch = schedule.ETag });
        Assert.Empty((await _client.GetJobScheduleAsync(id)).Value.Metadata);
        var disabled = await _client.DisableJobScheduleAsync(id);
        Assert.Equal(204, disabled.Status);
        Assert.Equal(BatchJobScheduleState.Disabled, (await _client.GetJobScheduleAsync(id)).Value.State);
        await _client.EnableJobScheduleAsync(id);
        Assert.Equal(202, (await _client.TerminateJobScheduleAsync(id)).Status);
        var completed = (await _client.GetJobScheduleAsync(id)).Value;
        Assert.Equal(BatchJobScheduleState.Completed, completed.State);
        Assert.NotNull(completed.ExecutionInfo!.EndTime);
        Assert.Equal(BatchJobState.Completed, (await _client.GetJobAsync(jobId)).Value.State);

        Assert.Equal(202, (await _client.DeleteJobScheduleAsync(id)).Status);
        Assert.False((await _client.JobScheduleExistsAsync(id)).Value);
        var missing = await Assert.ThrowsAsync<BatchServiceException>(() => _client.GetJobAsync(jobId));
        Assert.Equal("JobNotFound", missing.ErrorCode);
        var gone = await Assert.ThrowsAsync<BatchServiceException>(() => _client.GetJobsFromScheduleAsync(id).ToListAsync().AsTask());
        Assert.Equal((404, "JobScheduleNotFound"), (gone.Status, gone.ErrorCode));
    }

    [Fact]
    public async Task A_recurring_schedule_makes_its_next_job_when_the_last_has_completed_and_the_time_has_come()
    {
        string id = EmulatorFixture.NewId("hourly");
        await _client.CreateJobScheduleAsync(NewSchedule(id, new BatchJobScheduleConfiguration { RecurrenceInterval = TimeSpan.FromHours(1) }));
        await _client.TerminateJobAsync($"{id}:job-1");

        _emulator.Clock.Advance(TimeSpan.FromHours(1));

        await ScheduleAsync(id, s => s.ExecutionInfo?.RecentJob?.Id == $"{id}:job-2", "the second job");
        var pages = _client.GetJobsFromSchedule(id, new BatchListOptions { MaxResults = 1, Select = new[] { "id", "state" } }).AsPages().ToList();
        Assert.Equal(2, pages.Count);
        Assert.Equal(new[] { BatchJobState.Completed, BatchJobState.Active }, pages.Select(p => (BatchJobState)Assert.Single(p.Values).State!));
        var active = _client.GetJobsFromSchedule(id, new BatchListOptions { Filter = "state eq 'active'" }).ToList();
        Assert.Equal($"{id}:job-2", Assert.Single(active).Id);
    }

    [Fact]
    public async Task A_schedule_read_back_changed_and_replaced_keeps_what_was_sent_and_drops_what_was_not()
    {
        string id = EmulatorFixture.NewId("replace");
        var create = NewSchedule(id, new BatchJobScheduleConfiguration { DoNotRunUntil = _emulator.Clock.GetUtcNow().AddDays(30) });
        create.Metadata = [new BatchMetadataItem { Name = "a", Value = "1" }];
        await _client.CreateJobScheduleAsync(create);
        var read = (await _client.GetJobScheduleAsync(id)).Value;
        read.JobSpecification!.Priority = 9;
        read.Schedule = null;
        read.Metadata = [];

        var replaced = await _client.ReplaceJobScheduleAsync(id, read, new BatchRequestOptions { IfMatch = read.ETag });

        var after = (await _client.GetJobScheduleAsync(id)).Value;
        Assert.Equal(replaced.ETag, after.ETag);
        Assert.Equal(9, after.JobSpecification!.Priority);
        Assert.Null(after.Schedule);
        Assert.Empty(after.Metadata);
        Assert.Equal($"{id}:job-1", after.ExecutionInfo!.RecentJob!.Id);
        var stale = await Assert.ThrowsAsync<BatchServiceException>(() => _client.ReplaceJobScheduleAsync(id, read, new BatchRequestOptions { IfMatch = read.ETag }));
        Assert.Equal((412, "ConditionNotMet"), (stale.Status, stale.ErrorCode));
    }

    [Fact]
    public async Task The_service_errors_reach_the_caller_with_their_codes()
    {
        string id = EmulatorFixture.NewId("errors");
        await _client.CreateJobScheduleAsync(NewSchedule(id));

        var exists = await Assert.ThrowsAsync<BatchServiceException>(() => _client.CreateJobScheduleAsync(NewSchedule(id)));
        Assert.Equal((409, "JobScheduleExists"), (exists.Status, exists.ErrorCode));
        var sameIdAsJob = await Assert.ThrowsAsync<BatchServiceException>(() => _client.CreateJobAsync(EmulatorFixture.NewJob(id)));
        Assert.Equal("JobScheduleWithSameIdExists", sameIdAsJob.ErrorCode);
        await _client.TerminateJobScheduleAsync(id);
        var completed = await Assert.ThrowsAsync<BatchServiceException>(() => _client.DisableJobScheduleAsync(id));
        Assert.Equal((409, "JobScheduleCompleted"), (completed.Status, completed.ErrorCode));
        var notFound = await Assert.ThrowsAsync<BatchServiceException>(() => _client.GetJobScheduleAsync(id + "-none"));
        Assert.Equal((404, "JobScheduleNotFound"), (notFound.Status, notFound.ErrorCode));
    }
}

/// <summary>A schedule whose job manager task runs on the emulator's node: the job, its task files and the schedule all complete.</summary>
public sealed class JobScheduleExecutionTests : IClassFixture<RunningNodeEmulator>
{
    private readonly BatchClient _client;

    public JobScheduleExecutionTests(RunningNodeEmulator emulator) => _client = emulator.Client;

    [Fact]
    public async Task The_job_manager_of_a_scheduled_job_runs_and_the_schedule_completes_with_its_job()
    {
        string id = EmulatorFixture.NewId("managed");
        await _client.CreateJobScheduleAsync(new BatchJobScheduleCreateOptions
        {
            Id = id,
            Schedule = new BatchJobScheduleConfiguration(),
            JobSpecification = new BatchJobSpecification
            {
                PoolInfo = new BatchPoolInfo { PoolId = "e2e-pool" },
                JobManagerTask = new BatchJobManagerTask { Id = "manager", CommandLine = "/bin/sh -c \"echo managed $AZ_BATCH_JOB_ID\"" },
            },
        });
        string jobId = $"{id}:job-1";

        var schedule = await Eventually.WaitForAsync(async () => (await _client.GetJobScheduleAsync(id)).Value,
            s => s.State == BatchJobScheduleState.Completed, "the schedule to complete", TimeSpan.FromSeconds(30));

        Assert.Equal(jobId, schedule.ExecutionInfo!.RecentJob!.Id);
        var job = (await _client.GetJobAsync(jobId)).Value;
        Assert.Equal(BatchJobState.Completed, job.State);
        Assert.Equal("JMComplete", job.ExecutionInfo!.TerminateReason);
        using var stdout = await _client.GetTaskFileAsync(jobId, "manager", "stdout.txt");
        using var reader = new StreamReader(stdout.Content, Encoding.UTF8);
        Assert.Equal($"managed {jobId}", (await reader.ReadToEndAsync()).Trim());
    }
}
