using AzBatchJobs.Emulator.Node;

namespace AzBatchJobs.Emulator.Tests.Node;

public sealed class TaskDocReaderTests
{
    [Fact]
    public void Reads_the_wire_task_with_durations_and_the_service_unlimited_value_as_no_limit()
    {
        var doc = (JsonObject)JsonNode.Parse("""
            {
              "id": "t", "commandLine": "echo hi", "requiredSlots": 2, "creationTime": "2026-11-21T10:00:00.0000000Z",
              "constraints": { "maxWallClockTime": "PT1M30S", "maxTaskRetryCount": 3 },
              "environmentSettings": [ { "name": "A", "value": "1" } ],
              "resourceFiles": [ { "httpUrl": "file:///tmp/x", "filePath": "x", "fileMode": "0644" } ],
              "outputFiles": [ { "filePattern": "*.log", "destination": { "container": { "containerUrl": "file:///tmp/out", "path": "logs" } },
                                 "uploadOptions": { "uploadCondition": "taskfailure" } } ],
              "exitConditions": { "exitCodes": [ { "code": 2, "exitOptions": { "jobAction": "disable" } } ], "default": { "dependencyAction": "satisfy" } },
              "dependsOn": { "taskIds": [ "a" ], "taskIdRanges": [ { "start": 1, "end": 3 } ] },
              "multiInstanceSettings": { "numberOfInstances": 3, "coordinationCommandLine": "echo c" }
            }
            """)!;

        TaskRunSpec spec = TaskDocReader.ReadTask(doc);

        Assert.Equal("echo hi", spec.CommandLine);
        Assert.Equal(2, spec.RequiredSlots);
        Assert.Equal(TimeSpan.FromSeconds(90), spec.MaxWallClockTime);
        Assert.Equal(3, spec.MaxTaskRetryCount);
        Assert.Equal([new EnvironmentSetting("A", "1")], spec.Environment);
        Assert.Equal(new ResourceFileRequest("file:///tmp/x", null, null, null, "x", "0644"), Assert.Single(spec.ResourceFiles));
        Assert.Equal(new OutputFileRequest("*.log", "file:///tmp/out", "logs", "taskfailure"), Assert.Single(spec.OutputFiles));
        Assert.Equal("disable", spec.ExitConditions!.ExitCodes[0].Options.JobAction);
        Assert.Equal("satisfy", spec.ExitConditions.Default!.DependencyAction);
        Assert.Equal(["a"], spec.DependsOn!.TaskIds);
        Assert.Equal(new TaskIdRangeSpec(1, 3), Assert.Single(spec.DependsOn.TaskIdRanges));
        Assert.Equal(3, spec.MultiInstance!.NumberOfInstances);

        var unlimited = (JsonObject)JsonNode.Parse("""{ "commandLine": "x", "constraints": { "maxWallClockTime": "P10675199DT2H48M5.4775807S" } }""")!;
        Assert.Null(TaskDocReader.ReadTask(unlimited).MaxWallClockTime);
    }

    [Fact]
    public void Reads_the_wire_job_with_the_service_defaults()
    {
        var doc = (JsonObject)JsonNode.Parse("""
            { "id": "j", "poolInfo": { "poolId": "p" }, "onTaskFailure": "performExitOptionsJobAction",
              "commonEnvironmentSettings": [ { "name": "B", "value": "2" } ], "creationTime": "2026-11-21T10:00:00Z" }
            """)!;

        JobRunSpec job = TaskDocReader.ReadJob(doc);

        Assert.Equal("p", job.PoolId);
        Assert.Equal(0, job.Priority);
        Assert.Equal(-1, job.MaxParallelTasks);
        Assert.False(job.UsesTaskDependencies);
        Assert.True(job.PerformsExitOptionsJobAction);
        Assert.Null(job.MaxWallClockTime);
        Assert.Equal([new EnvironmentSetting("B", "2")], job.CommonEnvironment);
    }
}
