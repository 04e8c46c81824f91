using AzBatchJobs.Client.Models;
using AzBatchJobs.Client.Tests.Examples;

namespace AzBatchJobs.Client.Tests.Models;

public sealed class SpecExampleTests
{
    [Fact]
    public void GetJob_response_reads_as_the_user_sees_it_and_round_trips()
    {
        BatchJob job = WireJson.RoundTrip<BatchJob>(SpecExamples.GetJobResponse);

        Assert.Equal("jobId", job.Id);
        Assert.Equal("0x8D4100FC49F0278", job.ETag);
        Assert.Equal(BatchJobState.Completed, job.State);
        Assert.Equal(BatchJobState.Active, job.PreviousState);
        Assert.Equal(new DateTimeOffset(2016, 11, 19, 0, 5, 25, TimeSpan.Zero).AddTicks(3119150), job.CreationTime);
        Assert.Equal(-1, job.MaxParallelTasks);
        Assert.False(job.AllowTaskPreemption);
        Assert.Equal(TimeSpan.MaxValue, job.Constraints!.MaxWallClockTime);
        Assert.Equal(0, job.Constraints.MaxTaskRetryCount);
        Assert.Equal("poolId", job.PoolInfo!.PoolId);
        Assert.Null(job.PoolInfo.AutoPoolSpecification);
        Assert.Equal("UserTerminate", job.ExecutionInfo!.TerminateReason);
        Assert.Equal(BatchAllTasksCompleteMode.NoAction, job.OnAllTasksComplete);
        Assert.Equal(BatchTaskFailureMode.NoAction, job.OnTaskFailure);
        Assert.Empty(job.Metadata);
        Assert.Null(job.JobManagerTask);
    }

    [Fact]
    public void CreateJob_complex_request_reads_into_create_options_and_round_trips()
    {
        var job = WireJson.RoundTrip<BatchJobCreateOptions>(SpecExamples.CreateJobComplexRequest);

        Assert.Equal(100, job.Priority);
        Assert.Equal(TimeSpan.FromHours(1), job.Constraints!.MaxWallClockTime);
        Assert.Equal(-1, job.Constraints.MaxTaskRetryCount);

        BatchJobManagerTask manager = job.JobManagerTask!;
        Assert.Equal("myprogram.exe", manager.CommandLine);
        Assert.Equal("http://mystorage1.blob.core.windows.net/scripts/myprogram.exe?sas", manager.ResourceFiles[0].HttpUrl);
        Assert.Equal("datafolder", manager.ResourceFiles[1].FilePath);
        Assert.Equal(("myvariable", "myvalue"), (manager.EnvironmentSettings[0].Name, manager.EnvironmentSettings[0].Value));
        Assert.Equal(TimeSpan.FromHours(1), manager.Constraints!.RetentionTime);
        Assert.Equal(2, manager.RequiredSlots);
        Assert.False(manager.KillJobOnCompletion);
        Assert.True(manager.RunExclusive);
        Assert.Equal(AutoUserScope.Task, manager.UserIdentity!.AutoUser!.Scope);
        Assert.Equal(ElevationLevel.Admin, manager.UserIdentity.AutoUser.ElevationLevel);

        BatchAutoPoolSpecification autoPool = job.PoolInfo!.AutoPoolSpecification!;
        Assert.Equal("mypool", autoPool.AutoPoolIdPrefix);
        Assert.Equal(BatchPoolLifetimeOption.Job, autoPool.PoolLifetimeOption);
        BatchPoolSpecification pool = autoPool.Pool!;
        Assert.Equal("STANDARD_D2S_V3", pool.VmSize);
        Assert.Equal("batch.node.windows amd64", pool.VirtualMachineConfiguration!.NodeAgentSkuId);
        Assert.Equal("2016-datacenter-smalldisk", pool.VirtualMachineConfiguration.ImageReference!.Sku);
        Assert.False(pool.VirtualMachineConfiguration.WindowsConfiguration!.EnableAutomaticUpdates);
        Assert.Equal(BatchNodePlacementPolicyType.Zonal, pool.VirtualMachineConfiguration.NodePlacementConfiguration!.Policy);
        Assert.Equal(TimeSpan.FromMinutes(15), pool.ResizeTimeout);
        Assert.Equal(3, pool.TargetDedicatedNodes);
        Assert.Equal(BatchNodeFillType.Spread, pool.TaskSchedulingPolicy!.NodeFillType);
        Assert.True(pool.EnableInterNodeCommunication);
        Assert.Equal("myprogram2.exe", pool.StartTask!.CommandLine);
        Assert.Equal(2, pool.StartTask.MaxTaskRetryCount);
        Assert.True(pool.StartTask.WaitForSuccess);
        Assert.Equal("myproperty", pool.Metadata[0].Name);
        Assert.Equal("myvalue", job.Metadata[0].Value);
    }

    [Fact]
    public void ListTasks_response_reads_both_tasks_with_their_constraints()
    {
        var page = WireJson.RoundTrip<BatchTaskListResult>(SpecExamples.ListTasksResponse);

        Assert.Equal(["task1", "task2"], page.Value.Select(t => t.Id));
        BatchTask second = page.Value[1];
        Assert.Equal(BatchTaskState.Active, second.State);
        Assert.Equal("cmd /c echo task2", second.CommandLine);
        Assert.Equal(TimeSpan.MaxValue, second.Constraints!.MaxWallClockTime);
        Assert.Equal(TimeSpan.MaxValue, second.Constraints.RetentionTime);
        Assert.Equal(3, second.Constraints.MaxTaskRetryCount);
        Assert.Equal(2, second.RequiredSlots);
        Assert.Equal(ElevationLevel.NonAdmin, second.UserIdentity!.AutoUser!.ElevationLevel);
        Assert.Equal(0, second.ExecutionInfo!.RetryCount);
        Assert.Equal(0, second.ExecutionInfo.RequeueCount);
        Assert.Null(second.ExecutionInfo.Result);
        Assert.Null(page.ODataNextLink);
    }

    [Fact]
    public void CreateTaskCollection_complex_request_reads_into_a_task_group_and_round_trips()
    {
        var group = WireJson.RoundTrip<BatchTaskGroup>(SpecExamples.CreateTaskCollectionComplexRequest);

        Assert.Equal(2, group.Value.Count);
        BatchTaskCreateOptions complex = group.Value[0];
        Assert.Equal("containerName", complex.ResourceFiles[0].AutoStorageContainerName);
        Assert.Equal(["env1", "env2"], complex.EnvironmentSettings.Select(e => e.Name));
        Assert.Equal("affinityId", complex.AffinityInfo!.AffinityId);
        Assert.Equal(TimeSpan.FromDays(1), complex.Constraints!.MaxWallClockTime);
        Assert.Equal(TimeSpan.FromDays(2), complex.Constraints.RetentionTime);
        Assert.Equal(5, complex.Constraints.MaxTaskRetryCount);
        Assert.Equal(3, complex.MultiInstanceSettings!.NumberOfInstances);
        Assert.Equal("cmd /c echo coordinating", complex.MultiInstanceSettings.CoordinationCommandLine);
        Assert.Equal("common.exe", complex.MultiInstanceSettings.CommonResourceFiles[0].FilePath);

        BatchTaskCreateOptions simple = group.Value[1];
        Assert.Equal("simple3", simple.Id);
        Assert.Null(simple.Constraints);
        Assert.Empty(simple.ResourceFiles);
    }

    [Fact]
    public void CreateTaskCollection_complex_response_reads_each_task_result()
    {
        var result = WireJson.RoundTrip<BatchTaskAddCollectionResult>(SpecExamples.CreateTaskCollectionComplexResponse);

        Assert.Equal(["simple3", "complex1"], result.Value.Select(r => r.TaskId));
        Assert.All(result.Value, r => Assert.Equal(BatchTaskAddStatus.Success, r.Status));
        Assert.Equal("https://account.region.batch.azure.com/jobs/jobId/tasks/complex1", result.Value[1].Location);
        Assert.Equal("0x8D3D623CE29A412", result.Value[1].ETag);
        Assert.Null(result.Value[1].Error);
    }

    [Fact]
    public void CreateTask_with_container_settings_round_trips()
    {
        var task = WireJson.RoundTrip<BatchTaskCreateOptions>(SpecExamples.CreateTaskContainerSettingsRequest);

        Assert.Equal("ubuntu", task.ContainerSettings!.ImageName);
        Assert.Equal("--rm", task.ContainerSettings.ContainerRunOptions);
        Assert.Equal(AutoUserScope.Task, task.UserIdentity!.AutoUser!.Scope);
    }

    [Fact]
    public void Preparation_and_release_task_status_reads_both_execution_infos_and_the_next_link()
    {
        var page = WireJson.RoundTrip<BatchJobPreparationAndReleaseTaskStatusListResult>(SpecExamples.ListJobPreparationAndReleaseTaskStatusResponse);

        var status = Assert.Single(page.Value);
        Assert.Equal("tvm-2167304207_1-20140905t174658z", status.NodeId);
        Assert.Equal(BatchJobPreparationTaskState.Completed, status.JobPreparationTaskExecutionInfo!.State);
        Assert.Equal(new DateTimeOffset(2015, 5, 2, 20, 12, 42, TimeSpan.Zero), status.JobPreparationTaskExecutionInfo.EndTime);
        Assert.Equal(0, status.JobPreparationTaskExecutionInfo.ExitCode);
        Assert.Equal(BatchJobReleaseTaskState.Completed, status.JobReleaseTaskExecutionInfo!.State);
        Assert.Equal("tasks/myjob/job-1/myjobreleasetask", status.JobReleaseTaskExecutionInfo.TaskRootDirectory);
        Assert.StartsWith("https://account.region.batch.azure.com/jobs/myjob/jobpreparationandreleasestatus?$skipToken=", page.ODataNextLink);
    }

    [Fact]
    public void Subtasks_read_their_integer_ids_states_and_node_info()
    {
        var page = WireJson.RoundTrip<BatchTaskListSubtasksResult>(SpecExamples.ListSubtasksResponse);

        Assert.Equal([1, 2], page.Value.Select(s => s.Id!.Value));
        BatchSubtask first = page.Value[0];
        Assert.Equal(BatchSubtaskState.Completed, first.State);
        Assert.Equal(BatchSubtaskState.Running, first.PreviousState);
        Assert.Equal(0, first.ExitCode);
        Assert.Equal("mpiPool", first.NodeInfo!.PoolId);
        Assert.Equal(@"\workitems\jobId\job-1\taskId\1", first.NodeInfo.TaskRootDirectory);
        Assert.Null(page.Value[1].EndTime);
    }

    [Fact]
    public void Task_files_read_the_string_encoded_content_length_as_a_number()
    {
        var page = WireJson.RoundTrip<BatchNodeFileListResult>(SpecExamples.ListTaskFilesResponse);

        Assert.Equal(@"startup\ProcessEnv.cmd", page.Value[0].Name);
        Assert.False(page.Value[0].IsDirectory);
        Assert.Equal(1813L, page.Value[0].Properties!.ContentLength);
        Assert.Equal(0L, page.Value[1].Properties!.ContentLength);
        Assert.Equal("application/octet-stream", page.Value[1].Properties!.ContentType);
        Assert.Equal("1813", WireJson.Write(page).GetProperty("value")[0].GetProperty("properties").GetProperty("contentLength").GetString());
    }
}
