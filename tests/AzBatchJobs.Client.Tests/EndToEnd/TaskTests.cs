using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Client.Tests.EndToEnd;

/// <summary>Task operations on a node with no slots, so a task changes state only when the test changes it.</summary>
public sealed class TaskTests : IClassFixture<IdleNodeEmulator>
{
    private readonly IdleNodeEmulator _emulator;
    private readonly BatchClient _client;

    public TaskTests(IdleNodeEmulator emulator)
    {
        _emulator = emulator;
        _client = emulator.Client;
    }

    private static BatchTaskCreateOptions NewTask(string id, string commandLine = "/bin/sh -c \"echo hi\"") => new() { Id = id, CommandLine = commandLine };

    [Fact]
    public async Task Create_then_get_returns_the_task_with_its_job_id()
    {
        var jobId = await _emulator.CreateJobAsync("task-create");
        var task = NewTask("Task-1");
        task.DisplayName = "first";
        task.EnvironmentSettings = [new EnvironmentSetting { Name = "COLOR", Value = "blue" }];
        task.Constraints = new BatchTaskConstraints { MaxTaskRetryCount = 2 };

        var created = await _client.CreateTaskAsync(jobId, task);

        Assert.Equal(201, created.Status);
        Assert.False(string.IsNullOrEmpty(created.ETag));
        Assert.EndsWith($"/jobs/{jobId}/tasks/Task-1", created.DataServiceId, StringComparison.OrdinalIgnoreCase);
        var read = (await _client.GetTaskAsync(jobId, "task-1")).Value;
        Assert.Equal("Task-1", read.Id);
        Assert.Equal(jobId, read.JobId);
        Assert.Equal(created.ETag, read.ETag);
        Assert.Equal(BatchTaskState.Active, read.State);
        Assert.Equal("/bin/sh -c \"echo hi\"", read.CommandLine);
        Assert.Equal("first", read.DisplayName);
        Assert.Equal("blue", Assert.Single(read.EnvironmentSettings).Value);
        Assert.Equal(2, read.Constraints?.MaxTaskRetryCount);
    }

    [Fact]
    public async Task Errors_name_the_missing_job_task_or_the_existing_task()
    {
        var jobId = await _emulator.CreateJobAsync("task-errors");
        await _client.CreateTaskAsync(jobId, NewTask("dup"));

        var exists = await Assert.ThrowsAsync<BatchServiceException>(() => _client.CreateTaskAsync(jobId, NewTask("DUP")));
        var noTask = await Assert.ThrowsAsync<BatchServiceException>(() => _client.GetTaskAsync(jobId, "nope"));
        var noJob = await Assert.ThrowsAsync<BatchServiceException>(() => _client.CreateTaskAsync(EmulatorFixture.NewId("nojob"), NewTask("t")));

        Assert.Equal((409, "TaskExists"), (exists.Status, exists.ErrorCode));
        Assert.Equal((404, "TaskNotFound"), (noTask.Status, noTask.ErrorCode));
        Assert.Equal((404, "JobNotFound"), (noJob.Status, noJob.ErrorCode));
    }

    [Fact]
    public async Task A_collection_of_100_is_added_and_listed_page_by_page_with_a_filter()
    {
        var jobId = await _emulator.CreateJobAsync("collection");
        var tasks = Enumerable.Range(0, 100).Select(i => NewTask($"t{i:D3}")).ToList();

        var result = (await _client.CreateTaskCollectionAsync(jobId, tasks)).Value;

        Assert.Equal(100, result.Value.Count);
        Assert.All(result.Value, r =>
        {
            Assert.Equal(BatchTaskAddStatus.Success, r.Status);
            Assert.Equal(jobId, r.JobId);
            Assert.False(string.IsNullOrEmpty(r.ETag));
            Assert.Null(r.Error);
        });
        Assert.Equal(tasks.Select(t => t.Id).OrderBy(x => x), result.Value.Select(r => r.TaskId).OrderBy(x => x));

        var pages = new List<int>();
        var listed = new List<BatchTask>();
        await foreach (var page in _client.GetTasksAsync(jobId, new BatchListOptions { MaxResults = 30 }).AsPages())
        {
            pages.Add(page.Values.Count);
            listed.AddRange(page.Values);
        }
        Assert.Equal(new[] { 30, 30, 30, 10 }, pages);
        Assert.Equal(100, listed.Select(t => t.Id).Distinct().Count());
        Assert.All(listed, t => Assert.Equal(jobId, t.JobId));

        var filtered = new List<string?>();
        await foreach (var task in _client.GetTasksAsync(jobId, new BatchListOptions { Filter = "startswith(id,'t09')", Select = new[] { "id" } }))
        {
            filtered.Add(task.Id);
        }
        Assert.Equal(Enumerable.Range(90, 10).Select(i => $"t{i:D3}"), filtered);
    }

    [Fact]
    public async Task A_collection_of_101_is_refused_before_anything_is_sent()
    {
        var jobId = await _emulator.CreateJobAsync("collection101");
        var (client, traces) = _emulator.CreateObservedClient();

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            client.CreateTaskCollectionAsync(jobId, Enumerable.Range(0, 101).Select(i => NewTask($"t{i}"))));

        Assert.Equal("tasks", error.ParamName);
        Assert.Contains("100", error.Message);
        Assert.Empty(traces);
        Assert.Equal(0, (await _client.GetJobTaskCountsAsync(jobId)).Value.TaskCounts?.Active);
    }

    [Fact]
    public async Task A_collection_reports_existing_tasks_per_task_and_adds_the_rest()
    {
        var jobId = await _emulator.CreateJobAsync("collection-dup");
        await _client.CreateTaskAsync(jobId, NewTask("old"));

        var result = (await _client.CreateTaskCollectionAsync(jobId, new[] { NewTask("new"), NewTask("old") })).Value;

        var added = Assert.Single(result.Value, r => r.TaskId == "new");
        var refused = Assert.Single(result.Value, r => r.TaskId == "old");
        Assert.Equal(BatchTaskAddStatus.Success, added.Status);
        Assert.Equal(BatchTaskAddStatus.ClientError, refused.Status);
        Assert.Equal("TaskExists", refused.Error?.Code);
    }

    [Fact]
    public async Task Replace_sets_the_task_constraints()
    {
        var jobId = await _emulator.CreateJobAsync("task-replace");
        await _client.CreateTaskAsync(jobId, NewTask("t"));
        var constraints = new BatchTaskConstraints
        {
            MaxTaskRetryCount = 5,
            MaxWallClockTime = TimeSpan.FromMinutes(90),
            RetentionTime = TimeSpan.FromDays(2),
        };

        var replaced = await _client.ReplaceTaskAsync(jobId, "t", constraints);

        Assert.Equal(200, replaced.Status);
        var task = (await _client.GetTaskAsync(jobId, "t")).Value;
        Assert.Equal(replaced.ETag, task.ETag);
        Assert.Equal(5, task.Constraints?.MaxTaskRetryCount);
        Assert.Equal(TimeSpan.FromMinutes(90), task.Constraints?.MaxWallClockTime);
        Assert.Equal(TimeSpan.FromDays(2), task.Constraints?.RetentionTime);
    }

    [Fact]
    public async Task Terminate_then_reactivate_brings_a_task_back_to_active_and_counts_follow()
    {
        var jobId = await _emulator.CreateJobAsync("task-terminate");
        await _client.CreateTaskCollectionAsync(jobId, new[]
        {
            NewTask("one"),
            NewTask("two"),
            new BatchTaskCreateOptions { Id = "wide", CommandLine = "/bin/sh -c true", RequiredSlots = 2 },
        });

        var reactivateActive = await Assert.ThrowsAsync<BatchServiceException>(() => _client.ReactivateTaskAsync(jobId, "one"));
        Assert.Equal(409, reactivateActive.Status);

        var terminated = await _client.TerminateTaskAsync(jobId, "one");

        Assert.Equal(204, terminated.Status);
        var task = (await _client.GetTaskAsync(jobId, "one")).Value;
        Assert.Equal(BatchTaskState.Completed, task.State);
        Assert.Equal(BatchTaskExecutionResult.Failure, task.ExecutionInfo?.Result);
        var counts = (await _client.GetJobTaskCountsAsync(jobId)).Value;
        Assert.Equal(jobId, counts.JobId);
        Assert.Equal((2, 0, 1, 0, 1), Tuple(counts.TaskCounts));
        Assert.Equal((3, 0, 1, 0, 1), Tuple(counts.TaskSlotCounts));

        var reactivated = await _client.ReactivateTaskAsync(jobId, "one");

        Assert.Equal(204, reactivated.Status);
        Assert.Equal(BatchTaskState.Active, (await _client.GetTaskAsync(jobId, "one")).Value.State);
        counts = (await _client.GetJobTaskCountsAsync(jobId)).Value;
        Assert.Equal((3, 0, 0, 0, 0), Tuple(counts.TaskCounts));
        Assert.Equal((4, 0, 0, 0, 0), Tuple(counts.TaskSlotCounts));
    }

    [Fact]
    public async Task Delete_removes_the_task_and_its_count()
    {
        var jobId = await _emulator.CreateJobAsync("task-delete");
        await _client.CreateTaskAsync(jobId, NewTask("gone"));

        var deleted = await _client.DeleteTaskAsync(jobId, "gone");

        Assert.Equal(200, deleted.Status);
        var error = await Assert.ThrowsAsync<BatchServiceException>(() => _client.GetTaskAsync(jobId, "gone"));
        Assert.Equal("TaskNotFound", error.ErrorCode);
        Assert.Equal(0, (await _client.GetJobTaskCountsAsync(jobId)).Value.TaskCounts?.Active);
    }

    [Fact]
    public async Task A_task_that_is_not_multi_instance_has_no_subtasks()
    {
        var jobId = await _emulator.CreateJobAsync("subtasks");
        await _client.CreateTaskAsync(jobId, NewTask("single"));

        var subtasks = (await _client.GetSubtasksAsync(jobId, "single")).Value;
        var missing = await Assert.ThrowsAsync<BatchServiceException>(() => _client.GetSubtasksAsync(jobId, "absent"));

        Assert.Empty(subtasks);
        Assert.Equal("TaskNotFound", missing.ErrorCode);
    }

    [Fact]
    public async Task Tasks_cannot_be_added_to_a_completed_job()
    {
        var jobId = await _emulator.CreateJobAsync("task-late");
        await _client.TerminateJobAsync(jobId);
        await Eventually.WaitForAsync(async () => (await _client.GetJobAsync(jobId)).Value.State, s => s == BatchJobState.Completed, "the job to complete");

        var error = await Assert.ThrowsAsync<BatchServiceException>(() => _client.CreateTaskAsync(jobId, NewTask("late")));

        Assert.Equal((409, "JobCompleted"), (error.Status, error.ErrorCode));
    }

    private static (int?, int?, int?, int?, int?) Tuple(BatchTaskCounts? c) => (c?.Active, c?.Running, c?.Completed, c?.Succeeded, c?.Failed);

    private static (int?, int?, int?, int?, int?) Tuple(BatchTaskSlotCounts? c) => (c?.Active, c?.Running, c?.Completed, c?.Succeeded, c?.Failed);
}
