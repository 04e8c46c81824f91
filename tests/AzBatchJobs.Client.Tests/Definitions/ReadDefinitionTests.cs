using System.Text.Json.Nodes;
using AzBatchJobs.Client.Definitions;
using AzBatchJobs.Client.Models;
using AzBatchJobs.Client.Serialization;
using AzBatchJobs.Client.Tests.Examples;
using AzBatchJobs.Client.Tests.Models;

namespace AzBatchJobs.Client.Tests.Definitions;

/// <summary>One job or task definition read strictly: what is accepted, and errors that name the JSON path and the rule.</summary>
public sealed class ReadDefinitionTests
{
    [Fact]
    public void Microsofts_complex_create_job_body_is_read_whole()
    {
        var job = BatchDefinitionJson.Read<BatchJobCreateOptions>(SpecExamples.CreateJobComplexRequest, "job.json");

        BatchDefinitionJson.Check(job, "job.json");
        Assert.Equal("mypool", job.PoolInfo!.AutoPoolSpecification!.AutoPoolIdPrefix);
        Assert.Equal(TimeSpan.FromHours(1), job.Constraints!.MaxWallClockTime);
        WireJson.AssertEquivalent(JsonNode.Parse(SpecExamples.CreateJobComplexRequest), JsonNode.Parse(BatchJson.Serialize(job)), "$");
    }

    [Fact]
    public void Every_problem_of_the_shape_is_named_by_its_path_and_rule()
    {
        var error = Assert.Throws<BatchJsonInputException>(() => BatchDefinitionJson.Read<BatchTaskCreateOptions>("""
            {
              "id": "t1",
              "commandLine": "run",
              "resourceFiles": [ { "httpUrl": "https://x/a", "filePath": 3 } ],
              "requiredSlots": 1.5,
              "constraints": { "maxTaskRetryCount": 3000000000, "retries": 1 },
              "dependsOn": { "taskIds": [ "a", null ] },
              "displayName": "first",
              "displayName": "second",
              "CommandLine": "again",
              "state": "active",
              "userIdentity": "alice"
            }
            """, "task.json"));

        Assert.Equal("t1", error.ItemId);
        Assert.Equal("task.json", error.InputName);
        Assert.Equal(
            [
                "task.json: resourceFiles[0].filePath: expected a string, found a number.",
                "task.json: requiredSlots: expected a whole number from -2147483648 to 2147483647, found 1.5.",
                "task.json: constraints.maxTaskRetryCount: expected a whole number from -2147483648 to 2147483647, found 3000000000.",
                "task.json: constraints.retries: is not a property of BatchTaskConstraints; its properties are maxWallClockTime, retentionTime, maxTaskRetryCount.",
                "task.json: dependsOn.taskIds[1]: expected a string, found null.",
                "task.json: displayName: is given more than once.",
                "task.json: CommandLine: is not a property of BatchTaskCreateOptions: did you mean 'commandLine'? (names are case-sensitive)",
                "task.json: state: is a read-only property of a task, which the service sets: leave it out (ConvertTo-BatchJson does).",
                "task.json: userIdentity: expected an object, found a string.",
            ],
            error.Message.Split(Environment.NewLine));
        Assert.Equal("resourceFiles[0].filePath", error.ParamName);
    }

    [Fact]
    public void A_value_its_converter_refuses_is_named_by_its_path()
    {
        var error = Assert.Throws<BatchJsonInputException>(() =>
            BatchDefinitionJson.Read<BatchJobCreateOptions>("""{ "id": "j", "poolInfo": { "poolId": "p" }, "constraints": { "maxWallClockTime": "1 hour" } }""", "job.json"));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("constraints.maxWallClockTime", problem.Path);
        Assert.StartsWith("job.json: constraints.maxWallClockTime: '1 hour' is not an ISO 8601 duration", error.Message);
    }

    [Fact]
    public void Invalid_json_is_named_by_its_line()
    {
        var error = Assert.Throws<BatchJsonInputException>(() =>
            BatchDefinitionJson.Read<BatchJobCreateOptions>("{\n  \"id\": \"j\",\n  \"priority\": 1\n  \"poolInfo\": {}\n}", "job.json"));

        Assert.Equal("line 4", error.Location);
        Assert.StartsWith("job.json: line 4: invalid JSON: ", error.Message);
        Assert.DoesNotContain("LineNumber", error.Message);
    }

    [Fact]
    public void Something_other_than_an_object_is_refused()
    {
        var error = Assert.Throws<BatchJsonInputException>(() => BatchDefinitionJson.Read<BatchTaskCreateOptions>("[ { \"id\": \"t\" } ]", "-Json"));

        Assert.Equal("-Json: expected a JSON object (a task), found an array.", error.Message);
    }

    [Fact]
    public void The_services_rules_speak_the_json_names_and_come_after_reading()
    {
        var job = BatchDefinitionJson.Read<BatchJobCreateOptions>("""{ "poolInfo": { "poolId": "p" }, "jobReleaseTask": { "commandLine": "clean" } }""", "job.json");

        var missingId = Assert.Throws<BatchJsonInputException>(() => BatchDefinitionJson.Check(job, "job.json"));
        Assert.Equal("job.json: id is required.", missingId.Message);
        Assert.Equal("id", missingId.ParamName);

        job.Id = "nightly";
        var release = Assert.Throws<BatchJsonInputException>(() => BatchDefinitionJson.Check(job, "job.json"));
        Assert.Equal("job.json: jobReleaseTask needs a job preparation task too: the service refuses a job release task without one.", release.Message);
        Assert.Equal("nightly", release.ItemId);
    }

    [Fact]
    public void Rules_of_a_job_schedule_name_nested_json_paths()
    {
        var schedule = BatchDefinitionJson.Read<BatchJobScheduleCreateOptions>(
            """{ "id": "s", "schedule": { "recurrenceInterval": "PT30S" }, "jobSpecification": { "poolInfo": { "poolId": "p" }, "jobManagerTask": { "commandLine": "m" } } }""",
            "schedule.json");

        var error = Assert.Throws<BatchJsonInputException>(() => BatchDefinitionJson.Check(schedule, "schedule.json"));

        Assert.StartsWith("schedule.json: schedule.recurrenceInterval is 00:00:30; it must be at least", error.Message);
        schedule.Schedule!.RecurrenceInterval = TimeSpan.FromHours(1);
        var managerId = Assert.Throws<BatchJsonInputException>(() => BatchDefinitionJson.Check(schedule, "schedule.json"));
        Assert.Equal("schedule.json: jobSpecification.jobManagerTask.id is required.", managerId.Message);
    }
}
