using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Client.Tests.Models;

/// <summary>
/// A task as the service returns it with every property of the 2025-06-01 BatchTask definition
/// set. The round trip fails if any wire name in the models is misspelled (the value is dropped).
/// </summary>
public sealed class FullTaskTests
{
    internal const string EveryTaskProperty = """
        {
          "id": "render-0042",
          "displayName": "Render frame 42",
          "url": "https://acct.westus.batch.azure.com/jobs/render/tasks/render-0042",
          "eTag": "0x8DC0FFEE",
          "lastModified": "2025-06-01T10:00:05Z",
          "creationTime": "2025-06-01T10:00:00Z",
          "exitConditions": {
            "exitCodes": [ { "code": 3, "exitOptions": { "jobAction": "terminate", "dependencyAction": "block" } } ],
            "exitCodeRanges": [ { "start": 10, "end": 20, "exitOptions": { "jobAction": "disable", "dependencyAction": "satisfy" } } ],
            "preProcessingError": { "jobAction": "none" },
            "fileUploadError": { "jobAction": "terminate" },
            "default": { "jobAction": "none", "dependencyAction": "satisfy" }
          },
          "state": "completed",
          "stateTransitionTime": "2025-06-01T10:05:00Z",
          "previousState": "running",
          "previousStateTransitionTime": "2025-06-01T10:01:00Z",
          "commandLine": "/bin/sh -c 'render 42'",
          "containerSettings": {
            "containerRunOptions": "--rm",
            "imageName": "myregistry.azurecr.io/render:2",
            "registry": {
              "username": "pull-user",
              "password": "not-a-real-password",
              "registryServer": "myregistry.azurecr.io",
              "identityReference": { "resourceId": "/subscriptions/s/resourceGroups/g/providers/Microsoft.ManagedIdentity/userAssignedIdentities/pull" }
            },
            "workingDirectory": "containerImageDefault",
            "containerHostBatchBindMounts": [ { "source": "Shared", "isReadOnly": true }, { "source": "Task", "isReadOnly": false } ]
          },
          "resourceFiles": [
            { "autoStorageContainerName": "scenes", "blobPrefix": "frame42/", "filePath": "scene", "fileMode": "0755" },
            { "storageContainerUrl": "https://store.blob.core.windows.net/assets", "identityReference": { "resourceId": "/id/assets" } },
            { "httpUrl": "https://store.blob.core.windows.net/tools/render", "filePath": "render" }
          ],
          "outputFiles": [
            {
              "filePattern": "out/*.png",
              "destination": {
                "container": {
                  "path": "frames/42",
                  "containerUrl": "https://store.blob.core.windows.net/frames",
                  "identityReference": { "resourceId": "/id/frames" },
                  "uploadHeaders": [ { "name": "x-ms-blob-content-type", "value": "image/png" } ]
                }
              },
              "uploadOptions": { "uploadCondition": "tasksuccess" }
            }
          ],
          "environmentSettings": [ { "name": "FRAME", "value": "42" } ],
          "affinityInfo": { "affinityId": "TVM:tvm-1" },
          "constraints": { "maxWallClockTime": "PT2H", "retentionTime": "P7D", "maxTaskRetryCount": 2 },
          "requiredSlots": 2,
          "userIdentity": { "username": "renderer" },
          "executionInfo": {
            "startTime": "2025-06-01T10:01:00Z",
            "endTime": "2025-06-01T10:05:00Z",
            "exitCode": 1,
            "containerInfo": { "containerId": "c0ffee", "state": "exited", "error": "" },
            "failureInfo": {
              "category": "usererror",
              "code": "FailureExitCode",
              "message": "The task process exited with an unexpected exit code",
              "details": [ { "name": "Message", "value": "The task process exited with an unexpected exit code" } ]
            },
            "retryCount": 2,
            "lastRetryTime": "2025-06-01T10:04:00Z",
            "requeueCount": 1,
            "lastRequeueTime": "2025-06-01T10:02:00Z",
            "result": "failure"
          },
          "nodeInfo": {
            "affinityId": "TVM:tvm-1",
            "nodeUrl": "https://acct.westus.batch.azure.com/pools/p/nodes/tvm-1",
            "poolId": "p",
            "nodeId": "tvm-1",
            "taskRootDirectory": "workitems/render/job-1/render-0042",
            "taskRootDirectoryUrl": "https://acct.westus.batch.azure.com/pools/p/nodes/tvm-1/files/workitems/render/job-1/render-0042"
          },
          "multiInstanceSettings": {
            "numberOfInstances": 2,
            "coordinationCommandLine": "start-mpi",
            "commonResourceFiles": [ { "httpUrl": "https://store.blob.core.windows.net/tools/mpi", "filePath": "mpi" } ]
          },
          "stats": {
            "url": "https://acct.westus.batch.azure.com/jobs/render/tasks/render-0042/stats",
            "startTime": "2025-06-01T10:01:00Z",
            "lastUpdateTime": "2025-06-01T10:05:00Z",
            "userCPUTime": "PT3M",
            "kernelCPUTime": "PT10S",
            "wallClockTime": "PT4M",
            "readIOps": "120",
            "writeIOps": "80",
            "readIOGiB": 0.25,
            "writeIOGiB": 1.5,
            "waitTime": "PT1M"
          },
          "dependsOn": {
            "taskIds": [ "prepare-scene", "download-assets" ],
            "taskIdRanges": [ { "start": 1, "end": 41 } ]
          },
          "applicationPackageReferences": [ { "applicationId": "blender", "version": "4.1" } ],
          "authenticationTokenSettings": { "access": [ "job" ] }
        }
        """;

    [Fact]
    public void Every_task_property_round_trips()
    {
        WireJson.RoundTrip<BatchTask>(EveryTaskProperty);
    }

    [Fact]
    public void Every_task_property_reads_as_the_user_sees_it()
    {
        BatchTask task = WireJson.Read<BatchTask>(EveryTaskProperty);

        Assert.Equal("Render frame 42", task.DisplayName);
        Assert.Equal(BatchJobActionKind.Terminate, task.ExitConditions!.ExitCodes[0].ExitOptions!.JobAction);
        Assert.Equal(DependencyAction.Block, task.ExitConditions.ExitCodes[0].ExitOptions!.DependencyAction);
        Assert.Equal((10, 20), (task.ExitConditions.ExitCodeRanges[0].Start!.Value, task.ExitConditions.ExitCodeRanges[0].End!.Value));
        Assert.Equal(DependencyAction.Satisfy, task.ExitConditions.Default!.DependencyAction);
        Assert.Equal(ContainerWorkingDirectory.ContainerImageDefault, task.ContainerSettings!.WorkingDirectory);
        Assert.Equal(ContainerHostDataPath.Shared, task.ContainerSettings.ContainerHostBatchBindMounts[0].Source);
        Assert.Equal("myregistry.azurecr.io", task.ContainerSettings.Registry!.RegistryServer);
        Assert.Equal("frame42/", task.ResourceFiles[0].BlobPrefix);
        Assert.Equal("/id/assets", task.ResourceFiles[1].IdentityReference!.ResourceId);
        OutputFile output = task.OutputFiles[0];
        Assert.Equal("https://store.blob.core.windows.net/frames", output.Destination!.Container!.ContainerUrl);
        Assert.Equal("image/png", output.Destination.Container.UploadHeaders[0].Value);
        Assert.Equal(OutputFileUploadCondition.TaskSuccess, output.UploadOptions!.UploadCondition);
        Assert.Equal(TimeSpan.FromDays(7), task.Constraints!.RetentionTime);
        Assert.Equal("renderer", task.UserIdentity!.Username);
        Assert.Equal(BatchTaskExecutionResult.Failure, task.ExecutionInfo!.Result);
        Assert.Equal(BatchErrorSourceCategory.UserError, task.ExecutionInfo.FailureInfo!.Category);
        Assert.Equal("FailureExitCode", task.ExecutionInfo.FailureInfo.Code);
        Assert.Equal(1, task.ExecutionInfo.RequeueCount);
        Assert.Equal("c0ffee", task.ExecutionInfo.ContainerInfo!.ContainerId);
        Assert.Equal("tvm-1", task.NodeInfo!.NodeId);
        Assert.Equal("start-mpi", task.MultiInstanceSettings!.CoordinationCommandLine);
        Assert.Equal(TimeSpan.FromMinutes(3), task.Stats!.UserCpuTime);
        Assert.Equal(120L, task.Stats.ReadIops);
        Assert.Equal(1.5, task.Stats.WriteIoGiB);
        Assert.Equal(["prepare-scene", "download-assets"], task.DependsOn!.TaskIds);
        Assert.Equal(41, task.DependsOn.TaskIdRanges[0].End);
        Assert.Equal("4.1", task.ApplicationPackageReferences[0].Version);
        Assert.Equal(BatchAccessScope.Job, task.AuthenticationTokenSettings!.Access[0]);
    }

    [Fact]
    public void A_returned_task_can_be_resubmitted_as_create_options_with_the_same_settings()
    {
        // Copying a task: the create options accept the subset of BatchTask the user may set.
        var options = WireJson.Read<BatchTaskCreateOptions>(EveryTaskProperty);

        Assert.Equal("render-0042", options.Id);
        Assert.Equal(2, options.RequiredSlots);
        Assert.Equal(2, options.MultiInstanceSettings!.NumberOfInstances);
        Assert.Equal(BatchJobActionKind.Disable, options.ExitConditions!.ExitCodeRanges[0].ExitOptions!.JobAction);
        string written = WireJson.Write(options).ToString();
        Assert.DoesNotContain("executionInfo", written);
        Assert.DoesNotContain("nodeInfo", written);
        Assert.Contains("\"dependsOn\"", written);
    }
}
