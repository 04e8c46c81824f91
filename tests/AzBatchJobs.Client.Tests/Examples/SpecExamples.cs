namespace AzBatchJobs.Client.Tests.Examples;

/// <summary>
/// Request and response bodies taken from the 2025-06-01 spec's examples
/// (specification/batch/data-plane/Azure.Batch/stable/2025-06-01/examples in Azure/azure-rest-api-specs).
/// </summary>
internal static class SpecExamples
{
    /// <summary>Jobs_GetJob.json, response 200.</summary>
    public const string GetJobResponse = """
        {
          "id": "jobId",
          "url": "https://account.region.batch.azure.com/jobs/jobId",
          "eTag": "0x8D4100FC49F0278",
          "lastModified": "2016-11-19T00:05:27.5391608Z",
          "creationTime": "2016-11-19T00:05:25.311915Z",
          "state": "completed",
          "stateTransitionTime": "2016-11-19T00:05:27.578581Z",
          "previousState": "active",
          "previousStateTransitionTime": "2016-11-19T00:05:27.2137716Z",
          "priority": 0,
          "maxParallelTasks": -1,
          "allowTaskPreemption": false,
          "usesTaskDependencies": false,
          "constraints": {
            "maxWallClockTime": "P10675199DT2H48M5.4775807S",
            "maxTaskRetryCount": 0
          },
          "poolInfo": {
            "poolId": "poolId"
          },
          "executionInfo": {
            "startTime": "2016-11-19T00:05:25.3309105Z",
            "endTime": "2016-11-19T00:05:27.578581Z",
            "poolId": "poolId",
            "terminateReason": "UserTerminate"
          },
          "onAllTasksComplete": "noaction",
          "onTaskFailure": "noaction"
        }
        """;

    /// <summary>Jobs_CreateJob_Complex.json, request body.</summary>
    public const string CreateJobComplexRequest = """
        {
          "id": "jobId",
          "priority": 100,
          "constraints": {
            "maxWallClockTime": "PT1H",
            "maxTaskRetryCount": -1
          },
          "jobManagerTask": {
            "id": "taskId",
            "commandLine": "myprogram.exe",
            "resourceFiles": [
              {
                "httpUrl": "http://mystorage1.blob.core.windows.net/scripts/myprogram.exe?sas",
                "filePath": "myprogram.exe"
              },
              {
                "storageContainerUrl": "http://mystorage1.blob.core.windows.net/data?sas",
                "filePath": "datafolder"
              }
            ],
            "environmentSettings": [
              {
                "name": "myvariable",
                "value": "myvalue"
              }
            ],
            "constraints": {
              "maxWallClockTime": "PT1H",
              "maxTaskRetryCount": 0,
              "retentionTime": "PT1H"
            },
            "requiredSlots": 2,
            "killJobOnCompletion": false,
            "userIdentity": {
              "autoUser": {
                "scope": "task",
                "elevationLevel": "admin"
              }
            },
            "runExclusive": true
          },
          "poolInfo": {
            "autoPoolSpecification": {
              "autoPoolIdPrefix": "mypool",
              "poolLifetimeOption": "job",
              "pool": {
                "vmSize": "STANDARD_D2S_V3",
                "virtualMachineConfiguration": {
                  "imageReference": {
                    "publisher": "MicrosoftWindowsServer",
                    "offer": "WindowsServer",
                    "sku": "2016-datacenter-smalldisk",
                    "version": "latest"
                  },
                  "nodeAgentSKUId": "batch.node.windows amd64",
                  "windowsConfiguration": {
                    "enableAutomaticUpdates": false
                  },
                  "nodePlacementConfiguration": {
                    "policy": "zonal"
                  }
                },
                "resizeTimeout": "PT15M",
                "targetDedicatedNodes": 3,
                "targetLowPriorityNodes": 0,
                "taskSlotsPerNode": 2,
                "taskSchedulingPolicy": {
                  "nodeFillType": "spread"
                },
                "enableAutoScale": false,
                "enableInterNodeCommunication": true,
                "startTask": {
                  "commandLine": "myprogram2.exe",
                  "resourceFiles": [
                    {
                      "httpUrl": "http://mystorage1.blob.core.windows.net/scripts/myprogram2.exe?sas",
                      "filePath": "myprogram2.exe"
                    }
                  ],
                  "environmentSettings": [
                    {
                      "name": "myvariable",
                      "value": "myvalue"
                    }
                  ],
                  "userIdentity": {
                    "autoUser": {
                      "scope": "task",
                      "elevationLevel": "admin"
                    }
                  },
                  "maxTaskRetryCount": 2,
                  "waitForSuccess": true
                },
                "metadata": [
                  {
                    "name": "myproperty",
                    "value": "myvalue"
                  }
                ]
              }
            }
          },
          "metadata": [
            {
              "name": "myproperty",
              "value": "myvalue"
            }
          ]
        }
        """;

    /// <summary>Tasks_ListTasks.json, response 200.</summary>
    public const string ListTasksResponse = """
        {
          "value": [
            {
              "id": "task1",
              "url": "https://account.region.batch.azure.com/jobs/jobId/tasks/task1",
              "eTag": "0x8D4125FD1A825A4",
              "creationTime": "2016-11-21T22:43:31.4733476Z",
              "lastModified": "2016-11-21T22:43:31.4733476Z",
              "state": "active",
              "stateTransitionTime": "2016-11-21T22:43:31.4733476Z",
              "commandLine": "cmd /c echo task1",
              "userIdentity": {
                "autoUser": {
                  "scope": "task",
                  "elevationLevel": "nonadmin"
                }
              },
              "constraints": {
                "maxWallClockTime": "P10675199DT2H48M5.4775807S",
                "retentionTime": "P10675199DT2H48M5.4775807S",
                "maxTaskRetryCount": 0
              },
              "requiredSlots": 2,
              "executionInfo": {
                "retryCount": 0,
                "requeueCount": 0
              }
            },
            {
              "id": "task2",
              "url": "https://account.region.batch.azure.com/jobs/jobId/tasks/task2",
              "eTag": "0x8D4125FD2153345",
              "creationTime": "2016-11-21T22:43:31.6736345Z",
              "lastModified": "2016-11-21T22:43:32.1880389Z",
              "state": "active",
              "stateTransitionTime": "2016-11-21T22:43:31.6736345Z",
              "commandLine": "cmd /c echo task2",
              "userIdentity": {
                "autoUser": {
                  "scope": "task",
                  "elevationLevel": "nonadmin"
                }
              },
              "constraints": {
                "maxWallClockTime": "P10675199DT2H48M5.4775807S",
                "retentionTime": "P10675199DT2H48M5.4775807S",
                "maxTaskRetryCount": 3
              },
              "requiredSlots": 2,
              "executionInfo": {
                "retryCount": 0,
                "requeueCount": 0
              }
            }
          ]
        }
        """;

    /// <summary>Tasks_CreateTaskCollection_Complex.json, request body.</summary>
    public const string CreateTaskCollectionComplexRequest = """
        {
          "value": [
            {
              "id": "complex1",
              "commandLine": "cmd /c dir /s",
              "resourceFiles": [
                {
                  "autoStorageContainerName": "containerName",
                  "filePath": "data"
                }
              ],
              "environmentSettings": [
                {
                  "name": "env1",
                  "value": "value1"
                },
                {
                  "name": "env2",
                  "value": "value2"
                }
              ],
              "affinityInfo": {
                "affinityId": "affinityId"
              },
              "constraints": {
                "maxWallClockTime": "P1D",
                "retentionTime": "P2D",
                "maxTaskRetryCount": 5
              },
              "requiredSlots": 2,
              "multiInstanceSettings": {
                "numberOfInstances": 3,
                "coordinationCommandLine": "cmd /c echo coordinating",
                "commonResourceFiles": [
                  {
                    "httpUrl": "https://common.blob.core.windows.net/",
                    "filePath": "common.exe"
                  }
                ]
              }
            },
            {
              "id": "simple3",
              "commandLine": "cmd /c dir /s"
            }
          ]
        }
        """;

    /// <summary>Tasks_CreateTaskCollection_Complex.json, response 200.</summary>
    public const string CreateTaskCollectionComplexResponse = """
        {
          "value": [
            {
              "taskId": "simple3",
              "status": "success",
              "eTag": "0x8D3D623CE295629",
              "lastModified": "2016-09-06T07:02:46.0386857Z",
              "location": "https://account.region.batch.azure.com/jobs/jobId/tasks/simple3"
            },
            {
              "taskId": "complex1",
              "status": "success",
              "eTag": "0x8D3D623CE29A412",
              "lastModified": "2016-09-06T07:02:46.0406802Z",
              "location": "https://account.region.batch.azure.com/jobs/jobId/tasks/complex1"
            }
          ]
        }
        """;

    /// <summary>Tasks_CreateTask_ContainerSettings.json, request body.</summary>
    public const string CreateTaskContainerSettingsRequest = """
        {
          "id": "taskId",
          "commandLine": "bash -c 'echo hello'",
          "containerSettings": {
            "imageName": "ubuntu",
            "containerRunOptions": "--rm"
          },
          "userIdentity": {
            "autoUser": {
              "scope": "task",
              "elevationLevel": "nonadmin"
            }
          }
        }
        """;

    /// <summary>Jobs_ListJobPreparationAndReleaseTaskStatus.json, response 200.</summary>
    public const string ListJobPreparationAndReleaseTaskStatusResponse = """
        {
          "value": [
            {
              "poolId": "poolId",
              "nodeId": "tvm-2167304207_1-20140905t174658z",
              "nodeUrl": "https://account.region.batch.azure.com/pools/poolId/nodes/tvm-2167304207_1-20140905t174658z",
              "jobPreparationTaskExecutionInfo": {
                "state": "completed",
                "startTime": "2015-05-01T10:20:31Z",
                "endTime": "2015-05-02T20:12:42Z",
                "taskRootDirectory": "tasks/myjob/job-1/myjobpreptask",
                "taskRootDirectoryUrl": "https://account.region.batch.azure.com/pools/poolId/nodes/tvm-2167304207_1-20140905t174658z/files/tasks/myjob/job-1/myjobpreptask",
                "exitCode": 0,
                "retryCount": 0
              },
              "jobReleaseTaskExecutionInfo": {
                "state": "completed",
                "startTime": "2015-05-01T10:20:31Z",
                "endTime": "2015-05-02T20:12:42Z",
                "taskRootDirectory": "tasks/myjob/job-1/myjobreleasetask",
                "taskRootDirectoryUrl": "https://account.region.batch.azure.com/pools/poolId/nodes/tvm-2167304207_1-20140905t174658z/files/tasks/myjob/job-1/myjobreleasetask",
                "exitCode": 0
              }
            }
          ],
          "odata.nextLink": "https://account.region.batch.azure.com/jobs/myjob/jobpreparationandreleasestatus?$skipToken=tvm-2167304207_1-20140905t174658z&api-version=2025-06-01"
        }
        """;

    /// <summary>Tasks_ListSubTasks.json, response 200.</summary>
    public const string ListSubtasksResponse = """
        {
          "value": [
            {
              "id": 1,
              "startTime": "2016-09-06T06:59:16.3139271Z",
              "endTime": "2016-09-06T06:59:20.0242024Z",
              "state": "completed",
              "stateTransitionTime": "2016-09-06T06:59:20.0242024Z",
              "previousState": "running",
              "previousStateTransitionTime": "2016-09-06T06:59:16.3139271Z",
              "exitCode": 0,
              "nodeInfo": {
                "affinityId": "TVM:tvm-2544493925_3-20160905t051718z",
                "nodeUrl": "https://account.region.batch.azure.com/pools/poolId/nodes/tvm-2544493925_3-20160905t051718z",
                "poolId": "mpiPool",
                "nodeId": "tvm-2544493925_3-20160905t051718z",
                "taskRootDirectory": "\\workitems\\jobId\\job-1\\taskId\\1",
                "taskRootDirectoryUrl": "https://account.region.batch.azure.com/pools/poolId/nodes/tvm-2544493925_3-20160905t051718z/files//workitems/jobId/job-1/taskId/1"
              }
            },
            {
              "id": 2,
              "startTime": "2016-09-06T06:59:16.9702844Z",
              "state": "running",
              "stateTransitionTime": "2016-09-06T06:59:16.9702844Z",
              "nodeInfo": {
                "affinityId": "TVM:tvm-2544493925_2-20160905t051718z",
                "nodeUrl": "https://account.region.batch.azure.com/pools/poolId/nodes/tvm-2544493925_2-20160905t051718z",
                "poolId": "mpiPool",
                "nodeId": "tvm-2544493925_2-20160905t051718z",
                "taskRootDirectory": "\\workitems\\jobId\\job-1\\taskId\\2",
                "taskRootDirectoryUrl": "https://account.region.batch.azure.com/pools/poolId/nodes/tvm-2544493925_2-20160905t051718z/files//workitems/jobId/job-1/taskId/2"
              }
            }
          ]
        }
        """;

    /// <summary>Tasks_ListTaskFiles.json, response 200.</summary>
    public const string ListTaskFilesResponse = """
        {
          "value": [
            {
              "name": "startup\\ProcessEnv.cmd",
              "url": "https://account.region.batch.azure.com/jobs/jobId/tasks/taskId/files/startup/ProcessEnv.cmd",
              "isDirectory": false,
              "properties": {
                "creationTime": "2014-09-19T21:56:17.679195Z",
                "lastModified": "2014-09-19T21:56:17.679195Z",
                "contentLength": "1813",
                "contentType": "application/octet-stream"
              }
            },
            {
              "name": "startup\\stderr.txt",
              "url": "https://account.region.batch.azure.com/jobs/jobId/tasks/taskId/files/startup/stderr.txt",
              "isDirectory": false,
              "properties": {
                "creationTime": "2014-09-19T21:56:17.5590855Z",
                "lastModified": "2014-09-19T21:56:17.5590855Z",
                "contentLength": "0",
                "contentType": "application/octet-stream"
              }
            }
          ]
        }
        """;
}
