using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Client.Tests.EndToEnd;

public sealed class JobLifecycleTests : IClassFixture<IdleNodeEmulator>
{
    private readonly IdleNodeEmulator _emulator;
    private readonly BatchClient _client;

    public JobLifecycleTests(IdleNodeEmulator emulator)
    {
        _emulator = emulator;
        _client = emulator.Client;
    }

    [Fact]
    public async Task Create_reports_the_new_job_and_get_reads_it_back_by_any_case_of_its_id()
    {
        var id = EmulatorFixture.NewId("Job-Create");
        var job = EmulatorFixture.NewJob(id);
        job.DisplayName = "created end to end";
        job.Priority = 7;
        job.Constraints = new BatchJobConstraints { MaxWallClockTime = TimeSpan.FromHours(2), MaxTaskRetryCount = 3 };
        job.Metadata = [new BatchMetadataItem { Name = "owner", Value = "e2e" }];

        var created = await _client.CreateJobAsync(job);

        Assert.Equal(201, created.Status);
        Assert.False(string.IsNullOrEmpty(created.ETag));
        Assert.NotNull(created.LastModified);
        Assert.InRange(created.LastModified!.Value, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(5));
        Assert.EndsWith("/jobs/" + id, created.DataServiceId, StringComparison.OrdinalIgnoreCase);
        Assert.False(string.IsNullOrEmpty(created.RequestId));

        var read = (await _client.GetJobAsync(id.ToUpperInvariant())).Value;
        Assert.Equal(id, read.Id);
        Assert.Equal(created.ETag, read.ETag);
        Assert.Equal(BatchJobState.Active, read.State);
        Assert.Equal("created end to end", read.DisplayName);
        Assert.Equal(7, read.Priority);
        Assert.Equal("e2e-pool", read.PoolInfo?.PoolId);
        Assert.Equal(TimeSpan.FromHours(2), read.Constraints?.MaxWallClockTime);
        Assert.Equal(3, read.Constraints?.MaxTaskRetryCount);
        var metadata = Assert.Single(read.Metadata);
        Assert.Equal(("owner", "e2e"), (metadata.Name, metadata.Value));
        Assert.NotNull(read.CreationTime);
        Assert.NotNull(read.ExecutionInfo?.StartTime);
    }

    [Fact]
    public void The_synchronous_methods_create_read_and_list_over_the_same_wire()
    {
        var id = EmulatorFixture.NewId("sync");

        var created = _client.CreateJob(EmulatorFixture.NewJob(id));
        var read = _client.GetJob(id, select: new[] { "id", "state", "eTag" }).Value;
        var listed = _client.GetJobs(new BatchListOptions { Filter = $"id eq '{id}'" }).ToList();
        _client.UpdateJob(id, new BatchJobUpdateOptions { Priority = 12 }, new BatchRequestOptions { IfMatch = created.ETag });

        Assert.Equal(id, read.Id);
        Assert.Equal(created.ETag, read.ETag);
        Assert.Null(read.PoolInfo);
        Assert.Equal(id, Assert.Single(listed).Id);
        Assert.Equal(12, _client.GetJob(id).Value.Priority);
    }

    [Fact]
    public async Task Get_with_expand_stats_returns_the_statistics_block()
    {
        var id = await _emulator.CreateJobAsync("stats");

        var job = (await _client.GetJobAsync(id, expand: new[] { "stats" })).Value;

        Assert.NotNull(job.Stats);
        Assert.NotNull(job.Stats!.StartTime);
    }

    [Fact]
    public async Task List_pages_lazily_honouring_filter_select_and_maxresults()
    {
        var prefix = EmulatorFixture.NewId("list");
        var ids = Enumerable.Range(0, 5).Select(i => $"{prefix}-{i}").ToList();
        foreach (var id in ids)
        {
            var job = EmulatorFixture.NewJob(id);
            job.DisplayName = "not selected";
            await _client.CreateJobAsync(job);
        }
        await _emulator.CreateJobAsync("list-other");
        var options = new BatchListOptions { Filter = $"startswith(id,'{prefix}')", Select = new[] { "id", "state" }, MaxResults = 2 };

        var (client, traces) = _emulator.CreateObservedClient();
        var pages = new List<IReadOnlyList<BatchJob>>();
        await foreach (var page in client.GetJobsAsync(options).AsPages())
        {
            pages.Add(page.Values);
        }

        Assert.Equal(new[] { 2, 2, 1 }, pages.Select(p => p.Count));
        var listed = pages.SelectMany(p => p).ToList();
        Assert.Equal(ids, listed.Select(j => j.Id));
        Assert.All(listed, j => Assert.Equal(BatchJobState.Active, j.State));
        Assert.All(listed, j => Assert.Null(j.DisplayName));
        Assert.Equal(3, traces.Count);

        var (lazyClient, lazyTraces) = _emulator.CreateObservedClient();
        var firstThree = new List<string?>();
        await foreach (var job in lazyClient.GetJobsAsync(options))
        {
            firstThree.Add(job.Id);
            if (firstThree.Count == 3)
            {
                break;
            }
        }
        Assert.Equal(ids.Take(3), firstThree);
        Assert.Equal(2, lazyTraces.Count);
    }

    [Fact]
    public async Task A_filter_with_reserved_and_non_ascii_characters_is_signed_and_matched()
    {
        const string name = "a+b & c/é=%20?#";
        var id = await _emulator.CreateJobAsync("reserved", job => job.DisplayName = name);
        await _emulator.CreateJobAsync("reserved", job => job.DisplayName = "a b & c/é=%20?#");

        var listed = new List<BatchJob>();
        await foreach (var job in _client.GetJobsAsync(new BatchListOptions { Filter = $"displayName eq '{name}'" }))
        {
            listed.Add(job);
        }

        Assert.Equal(id, Assert.Single(listed).Id);
        Assert.Equal(name, listed[0].DisplayName);
    }

    [Fact]
    public async Task Update_changes_only_the_given_properties_and_moves_the_etag()
    {
        var id = await _emulator.CreateJobAsync("patch", job =>
        {
            job.Priority = 1;
            job.Metadata = [new BatchMetadataItem { Name = "keep", Value = "me" }];
        });
        var before = (await _client.GetJobAsync(id)).Value;

        var updated = await _client.UpdateJobAsync(id, new BatchJobUpdateOptions { Priority = 50, MaxParallelTasks = 3 });

        Assert.Equal(200, updated.Status);
        Assert.NotEqual(before.ETag, updated.ETag);
        var after = (await _client.GetJobAsync(id)).Value;
        Assert.Equal(updated.ETag, after.ETag);
        Assert.Equal(50, after.Priority);
        Assert.Equal(3, after.MaxParallelTasks);
        Assert.Equal("me", Assert.Single(after.Metadata).Value);
        Assert.Equal("e2e-pool", after.PoolInfo?.PoolId);
    }

    [Fact]
    public async Task Update_with_an_empty_metadata_list_clears_the_metadata()
    {
        var id = await _emulator.CreateJobAsync("clearmeta", job => job.Metadata = [new BatchMetadataItem { Name = "old", Value = "x" }]);

        await _client.UpdateJobAsync(id, new BatchJobUpdateOptions { Metadata = [] });

        Assert.Empty((await _client.GetJobAsync(id)).Value.Metadata);
    }

    [Fact]
    public async Task Replace_sets_what_is_sent_and_removes_what_is_not()
    {
        var id = await _emulator.CreateJobAsync("replace", job =>
        {
            job.Priority = 10;
            job.Constraints = new BatchJobConstraints { MaxTaskRetryCount = 4 };
            job.Metadata = [new BatchMetadataItem { Name = "gone", Value = "soon" }];
        });
        // The pool of a job can be changed only while the job is disabled.
        await _client.DisableJobAsync(id, DisableBatchJobOption.Wait);

        var replaced = await _client.ReplaceJobAsync(id, new BatchJob
        {
            PoolInfo = new BatchPoolInfo { PoolId = "other-pool" },
            Priority = -5,
            OnAllTasksComplete = BatchAllTasksCompleteMode.TerminateJob,
        });

        Assert.Equal(200, replaced.Status);
        var after = (await _client.GetJobAsync(id)).Value;
        Assert.Equal(-5, after.Priority);
        Assert.Equal("other-pool", after.PoolInfo?.PoolId);
        Assert.Equal(BatchAllTasksCompleteMode.TerminateJob, after.OnAllTasksComplete);
        Assert.Empty(after.Metadata);
        Assert.True(after.Constraints?.MaxTaskRetryCount is null or 0, $"maxTaskRetryCount is {after.Constraints?.MaxTaskRetryCount}");
    }

    [Fact]
    public async Task A_job_read_back_can_be_changed_and_replaced()
    {
        var id = await _emulator.CreateJobAsync("roundtrip", job =>
        {
            job.JobManagerTask = new BatchJobManagerTask { Id = "manager", CommandLine = "/bin/sh -c true", KillJobOnCompletion = false };
            job.Metadata = [new BatchMetadataItem { Name = "stage", Value = "one" }];
        });
        var job = (await _client.GetJobAsync(id)).Value;
        job.Priority = 42;
        job.Metadata[0].Value = "two";

        await _client.ReplaceJobAsync(id, job, new BatchRequestOptions { IfMatch = job.ETag });

        var after = (await _client.GetJobAsync(id)).Value;
        Assert.Equal(42, after.Priority);
        Assert.Equal("two", Assert.Single(after.Metadata).Value);
        Assert.Equal("manager", after.JobManagerTask?.Id);
    }

    [Theory]
    [InlineData("requeue")]
    [InlineData("terminate")]
    [InlineData("wait")]
    public async Task Disable_then_enable_returns_the_job_to_active(string disableTasks)
    {
        var id = await _emulator.CreateJobAsync("disable");

        var disabled = await _client.DisableJobAsync(id, disableTasks);

        Assert.Equal(202, disabled.Status);
        var job = await Eventually.WaitForAsync(async () => (await _client.GetJobAsync(id)).Value, j => j.State == BatchJobState.Disabled, "the job to be disabled");
        Assert.Equal(BatchJobState.Disabled, job.State);

        var enabled = await _client.EnableJobAsync(id);

        Assert.Equal(202, enabled.Status);
        job = (await _client.GetJobAsync(id)).Value;
        Assert.Equal(BatchJobState.Active, job.State);
        Assert.NotNull(job.PreviousState);
    }

    [Fact]
    public async Task Terminate_with_a_reason_completes_the_job_and_records_the_reason()
    {
        var id = await _emulator.CreateJobAsync("terminate");

        var terminated = await _client.TerminateJobAsync(id, "NoLongerNeeded", force: true);

        Assert.Equal(202, terminated.Status);
        var job = await Eventually.WaitForAsync(async () => (await _client.GetJobAsync(id)).Value, j => j.State == BatchJobState.Completed, "the job to complete");
        Assert.Equal("NoLongerNeeded", job.ExecutionInfo?.TerminateReason);
        Assert.NotNull(job.ExecutionInfo?.EndTime);
    }

    [Fact]
    public async Task A_job_without_active_tasks_completes_as_soon_as_terminatejob_is_set()
    {
        var id = await _emulator.CreateJobAsync("alldone");

        await _client.UpdateJobAsync(id, new BatchJobUpdateOptions { OnAllTasksComplete = BatchAllTasksCompleteMode.TerminateJob });

        var job = (await _client.GetJobAsync(id)).Value;
        Assert.Equal(BatchJobState.Completed, job.State);
        Assert.Equal("AllTasksComplete", job.ExecutionInfo?.TerminateReason);
    }

    [Fact]
    public async Task Automatic_termination_once_engaged_cannot_be_turned_off()
    {
        var id = await _emulator.CreateJobAsync("noturnoff");
        await _client.CreateTaskAsync(id, new BatchTaskCreateOptions { Id = "waiting", CommandLine = "/bin/sh -c true" });
        await _client.UpdateJobAsync(id, new BatchJobUpdateOptions { OnAllTasksComplete = BatchAllTasksCompleteMode.TerminateJob });

        var patch = await Assert.ThrowsAsync<BatchServiceException>(() =>
            _client.UpdateJobAsync(id, new BatchJobUpdateOptions { OnAllTasksComplete = BatchAllTasksCompleteMode.NoAction }));
        var put = await Assert.ThrowsAsync<BatchServiceException>(() =>
            _client.ReplaceJobAsync(id, new BatchJob { PoolInfo = new BatchPoolInfo { PoolId = "e2e-pool" } }));

        Assert.Equal((400, "InvalidPropertyValue"), (patch.Status, patch.ErrorCode));
        Assert.Equal((400, "InvalidPropertyValue"), (put.Status, put.ErrorCode));
        var job = (await _client.GetJobAsync(id)).Value;
        Assert.Equal(BatchAllTasksCompleteMode.TerminateJob, job.OnAllTasksComplete);
        Assert.Equal(BatchJobState.Active, job.State);
    }

    [Fact]
    public async Task Delete_removes_the_job()
    {
        var id = await _emulator.CreateJobAsync("delete");

        var deleted = await _client.DeleteJobAsync(id, force: true);

        Assert.Equal(202, deleted.Status);
        var error = await Eventually.WaitForAsync(
            async () =>
            {
                try
                {
                    await _client.GetJobAsync(id);
                    return null;
                }
                catch (BatchServiceException e)
                {
                    return e;
                }
            },
            e => e is not null, "the job to be gone");
        Assert.Equal(404, error!.Status);
        Assert.Equal("JobNotFound", error.ErrorCode);
    }

    [Fact]
    public async Task Preparation_and_release_status_of_a_job_without_preparation_task_is_a_conflict()
    {
        var id = await _emulator.CreateJobAsync("noprep");

        var error = await Assert.ThrowsAsync<BatchServiceException>(async () =>
        {
            await foreach (var _ in _client.GetJobPreparationAndReleaseTaskStatusesAsync(id))
            {
            }
        });

        Assert.Equal(409, error.Status);
        Assert.Equal("JobPreparationTaskNotSpecified", error.ErrorCode);
    }

    [Fact]
    public async Task Preparation_and_release_status_of_a_job_whose_preparation_never_ran_is_empty()
    {
        var id = await _emulator.CreateJobAsync("prep", job =>
        {
            job.JobPreparationTask = new BatchJobPreparationTask { CommandLine = "/bin/sh -c true" };
            job.JobReleaseTask = new BatchJobReleaseTask { CommandLine = "/bin/sh -c true" };
        });

        var statuses = new List<BatchJobPreparationAndReleaseTaskStatus>();
        await foreach (var status in _client.GetJobPreparationAndReleaseTaskStatusesAsync(id))
        {
            statuses.Add(status);
        }

        Assert.Empty(statuses);
        var job = (await _client.GetJobAsync(id)).Value;
        Assert.Equal("/bin/sh -c true", job.JobPreparationTask?.CommandLine);
        Assert.Equal("/bin/sh -c true", job.JobReleaseTask?.CommandLine);
    }
}
