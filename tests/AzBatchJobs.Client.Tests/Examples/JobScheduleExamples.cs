namespace AzBatchJobs.Client.Tests.Examples;

/// <summary>
/// Job schedule bodies from the 2025-06-01 spec's examples
/// (specification/batch/data-plane/Azure.Batch/stable/2025-06-01/examples in Azure/azure-rest-api-specs).
/// </summary>
internal static class JobScheduleExamples
{
    /// <summary>JobSchedules_GetJobSchedule.json, response 200.</summary>
    public const string GetJobScheduleResponse = """
        {
          "id": "jobScheduleId",
          "url": "https://account.region.batch.azure.com/jobschedules/jobScheduleId",
          "eTag": "0x8D40FFD2E848323",
          "lastModified": "2016-11-18T21:52:24.7661347Z",
          "creationTime": "2016-11-18T21:52:22.5431125Z",
          "state": "completed",
          "stateTransitionTime": "2016-11-18T21:52:24.8371778Z",
          "previousState": "active",
          "previousStateTransitionTime": "2016-11-18T21:52:24.0064874Z",
          "jobSpecification": {
            "priority": 0,
            "maxParallelTasks": -1,
            "allowTaskPreemption": false,
            "usesTaskDependencies": false,
            "onAllTasksComplete": "noaction",
            "onTaskFailure": "noaction",
            "constraints": {
              "maxWallClockTime": "P10675199DT2H48M5.4775807S",
              "maxTaskRetryCount": 0
            },
            "poolInfo": {
              "poolId": "testPool"
            }
          },
          "executionInfo": {
            "recentJob": {
              "url": "https://account.region.batch.azure.com/jobschedules/jobScheduleId:job-1",
              "id": "jobScheduleId:job-1"
            },
            "endTime": "2016-11-18T21:52:24.8371778Z"
          }
        }
        """;

    /// <summary>JobSchedules_UpdateJobSchedule.json, request body.</summary>
    public const string UpdateJobScheduleRequest = """
        {
          "schedule": {
            "doNotRunUntil": "2025-01-01T12:30:00Z"
          },
          "jobSpecification": {
            "priority": 0,
            "usesTaskDependencies": false,
            "constraints": {
              "maxWallClockTime": "P10675199DT2H48M5.4775807S",
              "maxTaskRetryCount": 0
            },
            "poolInfo": {
              "poolId": "poolId"
            }
          }
        }
        """;
}
