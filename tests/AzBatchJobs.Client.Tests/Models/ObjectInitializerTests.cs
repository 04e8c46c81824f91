using System.Text.Json;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Client.Tests.Models;

/// <summary>
/// Models built the way PowerShell builds them from a hashtable (parameterless constructor,
/// then property setters) serialise to the spec's wire names.
/// </summary>
public sealed class ObjectInitializerTests
{
    [Fact]
    public void A_job_built_from_nested_initialisers_serialises_to_the_wire_names()
    {
        var job = new BatchJobCreateOptions
        {
            Id = "nightly",
            Priority = 10,
            UsesTaskDependencies = true,
            Constraints = new BatchJobConstraints { MaxWallClockTime = TimeSpan.FromHours(1), MaxTaskRetryCount = 2 },
            JobReleaseTask = new BatchJobReleaseTask { CommandLine = "cleanup.sh", RetentionTime = TimeSpan.FromDays(1) },
            PoolInfo = new BatchPoolInfo
            {
                AutoPoolSpecification = new BatchAutoPoolSpecification
                {
                    PoolLifetimeOption = BatchPoolLifetimeOption.Job,
                    Pool = new BatchPoolSpecification
                    {
                        VmSize = "standard_d2s_v5",
                        VirtualMachineConfiguration = new VirtualMachineConfiguration
                        {
                            NodeAgentSkuId = "batch.node.ubuntu 24.04",
                            ImageReference = new BatchVmImageReference { Publisher = "canonical", Offer = "ubuntu-24_04-lts", Sku = "server" },
                        },
                    },
                },
            },
            OnAllTasksComplete = BatchAllTasksCompleteMode.TerminateJob,
            Metadata = [new BatchMetadataItem { Name = "owner", Value = "ci" }],
        };

        JsonElement json = WireJson.Write(job);

        Assert.Equal("nightly", json.GetProperty("id").GetString());
        Assert.True(json.GetProperty("usesTaskDependencies").GetBoolean());
        Assert.Equal("PT1H", json.GetProperty("constraints").GetProperty("maxWallClockTime").GetString());
        Assert.Equal(2, json.GetProperty("constraints").GetProperty("maxTaskRetryCount").GetInt32());
        Assert.Equal("P1D", json.GetProperty("jobReleaseTask").GetProperty("retentionTime").GetString());
        JsonElement autoPool = json.GetProperty("poolInfo").GetProperty("autoPoolSpecification");
        Assert.Equal("job", autoPool.GetProperty("poolLifetimeOption").GetString());
        JsonElement vm = autoPool.GetProperty("pool").GetProperty("virtualMachineConfiguration");
        Assert.Equal("batch.node.ubuntu 24.04", vm.GetProperty("nodeAgentSKUId").GetString());
        Assert.Equal("server", vm.GetProperty("imageReference").GetProperty("sku").GetString());
        Assert.Equal("terminatejob", json.GetProperty("onAllTasksComplete").GetString());
        Assert.Equal("owner", json.GetProperty("metadata")[0].GetProperty("name").GetString());
        Assert.False(json.TryGetProperty("jobManagerTask", out _));
        Assert.False(json.GetProperty("jobReleaseTask").TryGetProperty("resourceFiles", out _));
    }

    [Fact]
    public void A_task_with_dependencies_exit_conditions_and_output_files_serialises_to_the_wire_names()
    {
        var task = new BatchTaskCreateOptions
        {
            Id = "t2",
            CommandLine = "run.sh",
            DependsOn = new BatchTaskDependencies
            {
                TaskIds = ["t1"],
                TaskIdRanges = [new BatchTaskIdRange { Start = 10, End = 19 }],
            },
            ExitConditions = new ExitConditions
            {
                ExitCodes = [new ExitCodeMapping { Code = 2, ExitOptions = new ExitOptions { JobAction = BatchJobActionKind.Terminate } }],
                Default = new ExitOptions { DependencyAction = DependencyAction.Block },
            },
            OutputFiles =
            [
                new OutputFile
                {
                    FilePattern = "*.txt",
                    Destination = new OutputFileDestination { Container = new OutputFileBlobContainerDestination { ContainerUrl = "https://s/c", Path = "out" } },
                    UploadOptions = new OutputFileUploadConfig { UploadCondition = OutputFileUploadCondition.TaskCompletion },
                },
            ],
            UserIdentity = new UserIdentity { AutoUser = new AutoUserSpecification { Scope = AutoUserScope.Pool, ElevationLevel = ElevationLevel.Admin } },
            AuthenticationTokenSettings = new AuthenticationTokenSettings { Access = [BatchAccessScope.Job] },
            RequiredSlots = 2,
        };

        JsonElement json = WireJson.Write(task);

        Assert.Equal("t1", json.GetProperty("dependsOn").GetProperty("taskIds")[0].GetString());
        Assert.Equal(19, json.GetProperty("dependsOn").GetProperty("taskIdRanges")[0].GetProperty("end").GetInt32());
        Assert.Equal("terminate", json.GetProperty("exitConditions").GetProperty("exitCodes")[0].GetProperty("exitOptions").GetProperty("jobAction").GetString());
        Assert.Equal("block", json.GetProperty("exitConditions").GetProperty("default").GetProperty("dependencyAction").GetString());
        JsonElement output = json.GetProperty("outputFiles")[0];
        Assert.Equal("https://s/c", output.GetProperty("destination").GetProperty("container").GetProperty("containerUrl").GetString());
        Assert.Equal("taskcompletion", output.GetProperty("uploadOptions").GetProperty("uploadCondition").GetString());
        Assert.Equal("admin", json.GetProperty("userIdentity").GetProperty("autoUser").GetProperty("elevationLevel").GetString());
        Assert.Equal("job", json.GetProperty("authenticationTokenSettings").GetProperty("access")[0].GetString());
        Assert.Equal(2, json.GetProperty("requiredSlots").GetInt32());
    }

    [Fact]
    public void Disable_and_terminate_bodies_use_their_wire_names()
    {
        Assert.Equal("""{"disableTasks":"requeue"}""", AzBatchJobs.Client.Serialization.BatchJson.Serialize(new BatchJobDisableOptions { DisableTasks = DisableBatchJobOption.Requeue }));
        Assert.Equal("""{"terminateReason":"done"}""", AzBatchJobs.Client.Serialization.BatchJson.Serialize(new BatchJobTerminateOptions { TerminateReason = "done" }));
        Assert.Equal("""{"value":[{"id":"a","commandLine":"x"}]}""", AzBatchJobs.Client.Serialization.BatchJson.Serialize(new BatchTaskGroup { Value = { new BatchTaskCreateOptions { Id = "a", CommandLine = "x" } } }));
    }
}
