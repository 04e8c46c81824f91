using System.Text;
using AzBatchJobs.Client.Models;
using AzBatchJobs.Client.Tests.Infrastructure;

namespace AzBatchJobs.Client.Tests.EndToEnd;

/// <summary>
/// The emulator stores nested task and job settings as sent, so a misspelt JSON name would survive a
/// create-then-get round trip. These tests make the local node act on the settings instead: a setting
/// the emulator cannot read under its spec name changes what the task does.
/// </summary>
public sealed class WireContractTests : IClassFixture<RunningNodeEmulator>
{
    private readonly RunningNodeEmulator _emulator;
    private readonly BatchClient _client;

    public WireContractTests(RunningNodeEmulator emulator)
    {
        _emulator = emulator;
        _client = emulator.Client;
    }

    private Task<BatchTask> CompletedAsync(string jobId, string taskId) =>
        Eventually.WaitForAsync(async () => (await _client.GetTaskAsync(jobId, taskId)).Value, t => t.State == BatchTaskState.Completed, $"task {taskId} to complete");

    private Task<BatchJob> JobCompletedAsync(string jobId) =>
        Eventually.WaitForAsync(async () => (await _client.GetJobAsync(jobId)).Value, j => j.State == BatchJobState.Completed, $"job {jobId} to complete");

    private async Task<string> StdoutAsync(string jobId, string taskId)
    {
        using var file = await _client.GetTaskFileAsync(jobId, taskId, "stdout.txt");
        using var reader = new StreamReader(file.Content, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }

    [Fact]
    public async Task Job_common_and_task_environment_settings_reach_the_process()
    {
        var jobId = await _emulator.CreateJobAsync("wire-env", job => job.CommonEnvironmentSettings = [new EnvironmentSetting { Name = "FROM_JOB", Value = "j" }]);
        var task = new BatchTaskCreateOptions { Id = "env", CommandLine = "/bin/sh -c \"echo $FROM_JOB-$FROM_TASK-$AZ_BATCH_TASK_ID\"" };
        task.EnvironmentSettings = [new EnvironmentSetting { Name = "FROM_TASK", Value = "t" }];
        await _client.CreateTaskAsync(jobId, task);

        await CompletedAsync(jobId, "env");

        Assert.Equal("j-t-env\n", await StdoutAsync(jobId, "env"));
    }

    [Fact]
    public async Task Resource_files_are_downloaded_to_their_file_path_before_the_task_runs()
    {
        using var files = new LoopbackServer((request, response) =>
        {
            var body = Encoding.UTF8.GetBytes(request.Url!.AbsolutePath == "/inputs/data.txt" ? "payload-123" : "wrong file");
            response.OutputStream.Write(body);
        });
        var jobId = await _emulator.CreateJobAsync("wire-resource");
        var task = new BatchTaskCreateOptions { Id = "reads", CommandLine = "/bin/sh -c \"cat in/data.txt\"" };
        task.ResourceFiles = [new ResourceFile { HttpUrl = new Uri(files.Endpoint, "/inputs/data.txt").ToString(), FilePath = "in/data.txt" }];
        await _client.CreateTaskAsync(jobId, task);

        var completed = await CompletedAsync(jobId, "reads");

        Assert.Equal(BatchTaskExecutionResult.Success, completed.ExecutionInfo?.Result);
        Assert.Equal("payload-123", await StdoutAsync(jobId, "reads"));
    }

    [Fact]
    public async Task Output_files_are_uploaded_to_their_container_path_on_completion()
    {
        var container = Directory.CreateTempSubdirectory("azbj-e2e-out-");
        try
        {
            var jobId = await _emulator.CreateJobAsync("wire-output");
            var task = new BatchTaskCreateOptions { Id = "writes", CommandLine = "/bin/sh -c \"printf result > out.txt\"" };
            task.OutputFiles = [new OutputFile
            {
                FilePattern = "out.txt",
                Destination = new OutputFileDestination { Container = new OutputFileBlobContainerDestination { ContainerUrl = new Uri(container.FullName).AbsoluteUri, Path = "results/final.txt" } },
                UploadOptions = new OutputFileUploadConfig { UploadCondition = OutputFileUploadCondition.TaskSuccess },
            }];
            await _client.CreateTaskAsync(jobId, task);

            var completed = await CompletedAsync(jobId, "writes");

            Assert.Equal(BatchTaskExecutionResult.Success, completed.ExecutionInfo?.Result);
            Assert.Equal("result", File.ReadAllText(Path.Combine(container.FullName, "results", "final.txt")));
        }
        finally
        {
            container.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_job_manager_task_runs_and_its_completion_ends_the_job()
    {
        var jobId = await _emulator.CreateJobAsync("wire-manager", job =>
            job.JobManagerTask = new BatchJobManagerTask { Id = "manager", CommandLine = "/bin/sh -c \"echo managing\"", KillJobOnCompletion = true });

        var job = await JobCompletedAsync(jobId);

        Assert.Equal("JMComplete", job.ExecutionInfo?.TerminateReason);
        var manager = (await _client.GetTaskAsync(jobId, "manager")).Value;
        Assert.Equal(BatchTaskExecutionResult.Success, manager.ExecutionInfo?.Result);
        Assert.Equal("managing\n", await StdoutAsync(jobId, "manager"));
    }

    [Fact]
    public async Task Max_task_retry_count_retries_a_failing_task()
    {
        var jobId = await _emulator.CreateJobAsync("wire-retry");
        await _client.CreateTaskAsync(jobId, new BatchTaskCreateOptions
        {
            Id = "flaky",
            CommandLine = "/bin/sh -c \"exit 1\"",
            Constraints = new BatchTaskConstraints { MaxTaskRetryCount = 2 },
        });

        var task = await CompletedAsync(jobId, "flaky");

        Assert.Equal(2, task.ExecutionInfo?.RetryCount);
        Assert.Equal(1, task.ExecutionInfo?.ExitCode);
        Assert.Equal(BatchTaskExecutionResult.Failure, task.ExecutionInfo?.Result);
        Assert.Equal(BatchErrorSourceCategory.UserError, task.ExecutionInfo?.FailureInfo?.Category);
    }

    [Fact]
    public async Task Max_wall_clock_time_ends_a_task_that_runs_too_long()
    {
        var jobId = await _emulator.CreateJobAsync("wire-wallclock");
        await _client.CreateTaskAsync(jobId, new BatchTaskCreateOptions
        {
            Id = "slow",
            CommandLine = "/bin/sh -c \"sleep 30\"",
            Constraints = new BatchTaskConstraints { MaxWallClockTime = TimeSpan.FromSeconds(1) },
        });

        var task = await CompletedAsync(jobId, "slow");

        Assert.Equal(BatchTaskExecutionResult.Failure, task.ExecutionInfo?.Result);
        Assert.True(task.ExecutionInfo?.EndTime - task.ExecutionInfo?.StartTime < TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task An_exit_code_mapped_to_terminate_ends_the_job_when_the_job_performs_exit_options()
    {
        var jobId = await _emulator.CreateJobAsync("wire-exit", job => job.OnTaskFailure = BatchTaskFailureMode.PerformExitOptionsJobAction);
        var conditions = new ExitConditions();
        conditions.ExitCodes = [new ExitCodeMapping { Code = 3, ExitOptions = new ExitOptions { JobAction = BatchJobActionKind.Terminate } }];
        await _client.CreateTaskAsync(jobId, new BatchTaskCreateOptions { Id = "exit3", CommandLine = "/bin/sh -c \"exit 3\"", ExitConditions = conditions });

        var job = await JobCompletedAsync(jobId);

        Assert.Equal("TaskFailed", job.ExecutionInfo?.TerminateReason);
        Assert.Equal(3, (await _client.GetTaskAsync(jobId, "exit3")).Value.ExecutionInfo?.ExitCode);
    }

    [Fact]
    public async Task Dependent_tasks_start_only_after_the_tasks_they_depend_on()
    {
        var jobId = await _emulator.CreateJobAsync("wire-deps", job => job.UsesTaskDependencies = true);
        var byId = new BatchTaskCreateOptions { Id = "after-id", CommandLine = "/bin/sh -c true", DependsOn = new BatchTaskDependencies() };
        byId.DependsOn.TaskIds = ["1"];
        var byRange = new BatchTaskCreateOptions { Id = "after-range", CommandLine = "/bin/sh -c true", DependsOn = new BatchTaskDependencies() };
        byRange.DependsOn.TaskIdRanges = [new BatchTaskIdRange { Start = 1, End = 2 }];
        await _client.CreateTaskCollectionAsync(jobId, new[]
        {
            byId,
            byRange,
            new BatchTaskCreateOptions { Id = "1", CommandLine = "/bin/sh -c \"sleep 0.3\"" },
            new BatchTaskCreateOptions { Id = "2", CommandLine = "/bin/sh -c \"sleep 0.6\"" },
        });

        var afterId = await CompletedAsync(jobId, "after-id");
        var afterRange = await CompletedAsync(jobId, "after-range");
        var one = (await _client.GetTaskAsync(jobId, "1")).Value;
        var two = (await _client.GetTaskAsync(jobId, "2")).Value;

        Assert.True(afterId.ExecutionInfo?.StartTime >= one.ExecutionInfo?.EndTime, "after-id started before task 1 ended");
        Assert.True(afterRange.ExecutionInfo?.StartTime >= two.ExecutionInfo?.EndTime, "after-range started before task 2 ended");
        Assert.Equal("1", Assert.Single(afterId.DependsOn!.TaskIds));
        Assert.Equal((1, 2), (afterRange.DependsOn!.TaskIdRanges[0].Start, afterRange.DependsOn.TaskIdRanges[0].End));
    }

    [Fact]
    public async Task A_job_set_to_terminate_when_all_tasks_complete_completes_after_its_last_task()
    {
        var jobId = await _emulator.CreateJobAsync("wire-alldone");
        await _client.CreateTaskAsync(jobId, new BatchTaskCreateOptions { Id = "only", CommandLine = "/bin/sh -c true" });
        await _client.UpdateJobAsync(jobId, new BatchJobUpdateOptions { OnAllTasksComplete = BatchAllTasksCompleteMode.TerminateJob });

        var job = await JobCompletedAsync(jobId);

        Assert.Equal("AllTasksComplete", job.ExecutionInfo?.TerminateReason);
    }

    [Fact]
    public async Task A_multi_instance_task_lists_its_subtasks()
    {
        var jobId = await _emulator.CreateJobAsync("wire-multi");
        await _client.CreateTaskAsync(jobId, new BatchTaskCreateOptions
        {
            Id = "mpi",
            CommandLine = "/bin/sh -c \"echo primary\"",
            MultiInstanceSettings = new MultiInstanceSettings { NumberOfInstances = 3, CoordinationCommandLine = "/bin/sh -c true" },
        });

        var task = await CompletedAsync(jobId, "mpi");
        var subtasks = (await _client.GetSubtasksAsync(jobId, "mpi")).Value;

        Assert.Equal(BatchTaskExecutionResult.Success, task.ExecutionInfo?.Result);
        Assert.Equal(new int?[] { 1, 2 }, subtasks.Select(s => s.Id).OrderBy(i => i));
        Assert.All(subtasks, s =>
        {
            Assert.Equal(BatchSubtaskState.Completed, s.State);
            Assert.Equal(0, s.ExitCode);
            Assert.Equal(jobId, s.JobId);
            Assert.Equal("mpi", s.TaskId);
        });
    }
}
