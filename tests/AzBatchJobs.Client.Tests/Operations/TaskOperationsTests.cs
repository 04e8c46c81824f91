using AzBatchJobs.Client.Models;
using AzBatchJobs.Client.Serialization;
using AzBatchJobs.Client.Tests.Examples;
using AzBatchJobs.Client.Tests.Infrastructure;

namespace AzBatchJobs.Client.Tests.Operations;

public sealed class TaskOperationsTests
{
    [Fact]
    public async Task CreateTask_posts_the_task_under_the_job()
    {
        var transport = CapturingTransport.Responding(new TestResponse(201).WithStandardHeaders());
        var client = TestClients.SharedKey(transport);
        var task = BatchJson.Deserialize<BatchTaskCreateOptions>(SpecExamples.CreateTaskContainerSettingsRequest)!;

        var result = await client.CreateTaskAsync("jobId", task);

        WireAssert.Request(transport.Single, "POST", "/jobs/jobId/tasks");
        WireAssert.JsonBody(transport.Single, SpecExamples.CreateTaskContainerSettingsRequest);
        WireAssert.StandardResult(result, 201);
    }

    [Fact]
    public async Task CreateTaskCollection_posts_one_group_and_reads_per_task_results()
    {
        var transport = CapturingTransport.Responding(TestResponse.Json(200, SpecExamples.CreateTaskCollectionComplexResponse).WithHeader("request-id", "r-1"));
        var client = TestClients.SharedKey(transport);
        var group = BatchJson.Deserialize<BatchTaskGroup>(SpecExamples.CreateTaskCollectionComplexRequest)!;

        var response = await client.CreateTaskCollectionAsync("jobId", group.Value);

        WireAssert.Request(transport.Single, "POST", "/jobs/jobId/addtaskcollection");
        Assert.Equal("application/json; odata=minimalmetadata", transport.Single.Header("Content-Type"));
        Models.WireJson.AssertEquivalent(System.Text.Json.Nodes.JsonNode.Parse(SpecExamples.CreateTaskCollectionComplexRequest), System.Text.Json.Nodes.JsonNode.Parse(transport.Single.BodyText!), "$");
        Assert.Equal(200, response.GetRawResponse().Status);
        Assert.Collection(response.Value.Value,
            first =>
            {
                Assert.Equal("jobId", first.JobId);
                Assert.Equal("simple3", first.TaskId);
                Assert.Equal(BatchTaskAddStatus.Success, first.Status);
                Assert.Equal("0x8D3D623CE295629", first.ETag);
            },
            second => Assert.Equal("complex1", second.TaskId));
    }

    [Fact]
    public void CreateTaskCollection_surfaces_per_task_errors_without_throwing()
    {
        const string body = """
            {"value":[{"taskId":"t1","status":"clienterror","error":{"code":"TaskExists","message":{"lang":"en-US","value":"The specified task already exists."}}}]}
            """;
        var transport = CapturingTransport.Responding(TestResponse.Json(200, body));
        var client = TestClients.SharedKey(transport);

        var result = Assert.Single(client.CreateTaskCollection("job-1", new[] { new BatchTaskCreateOptions { Id = "t1", CommandLine = "echo" } }).Value.Value);

        Assert.Equal(BatchTaskAddStatus.ClientError, result.Status);
        Assert.Equal("TaskExists", result.Error!.Code);
    }

    [Fact]
    public async Task GetTask_sends_select_expand_and_stamps_the_job()
    {
        var task = SpecExamples.ListTasksResponse;
        var single = System.Text.Json.Nodes.JsonNode.Parse(task)!["value"]![0]!.ToJsonString();
        var transport = CapturingTransport.Responding(TestResponse.Json(200, single));
        var client = TestClients.SharedKey(transport);

        var response = await client.GetTaskAsync("jobId", "task1", new[] { "id", "state" }, new[] { "stats" }, new BatchRequestOptions { IfMatch = "0x1" });

        WireAssert.Request(transport.Single, "GET", "/jobs/jobId/tasks/task1", ("$select", "id,state"), ("$expand", "stats"));
        Assert.Equal("0x1", transport.Single.Header("If-Match"));
        Assert.Equal("jobId", response.Value.JobId);
        Assert.Equal("task1", response.Value.Id);
        Assert.Equal(BatchTaskState.Active, response.Value.State);
        Assert.Equal(2, response.Value.RequiredSlots);
    }

    [Fact]
    public void GetTasks_lists_with_options_and_stamps_the_job()
    {
        var transport = CapturingTransport.Responding(TestResponse.Json(200, SpecExamples.ListTasksResponse));
        var client = TestClients.SharedKey(transport);

        var tasks = client.GetTasks("jobId", new BatchListOptions { Filter = "state eq 'active'", Select = new[] { "id" }, Expand = new[] { "stats" }, MaxResults = 2 }).ToList();

        WireAssert.Request(transport.Single, "GET", "/jobs/jobId/tasks", ("$filter", "state eq 'active'"), ("$select", "id"), ("$expand", "stats"), ("maxresults", "2"));
        Assert.Equal(new[] { "task1", "task2" }, tasks.Select(t => t.Id));
        Assert.All(tasks, t => Assert.Equal("jobId", t.JobId));
        Assert.Equal(3, tasks[1].Constraints!.MaxTaskRetryCount);
    }

    [Fact]
    public async Task ReplaceTask_puts_only_the_constraints()
    {
        var transport = CapturingTransport.Responding(new TestResponse(200).WithStandardHeaders());
        var client = TestClients.SharedKey(transport);
        var constraints = new BatchTaskConstraints { MaxWallClockTime = TimeSpan.FromHours(1), RetentionTime = TimeSpan.FromDays(1), MaxTaskRetryCount = 3 };

        var result = await client.ReplaceTaskAsync("jobId", "taskId", constraints, new BatchRequestOptions { IfMatch = "0x8D4100FC49F0278" });

        WireAssert.Request(transport.Single, "PUT", "/jobs/jobId/tasks/taskId");
        Assert.Equal("0x8D4100FC49F0278", transport.Single.Header("If-Match"));
        WireAssert.JsonBody(transport.Single, """{"constraints":{"maxWallClockTime":"PT1H","retentionTime":"P1D","maxTaskRetryCount":3}}""");
        WireAssert.StandardResult(result, 200);
    }

    [Fact]
    public void DeleteTask_sends_delete_with_conditions()
    {
        var transport = CapturingTransport.Responding(new TestResponse(200).WithStandardHeaders());
        var client = TestClients.SharedKey(transport);

        var result = client.DeleteTask("jobId", "taskId", new BatchRequestOptions { IfNoneMatch = "0x2" });

        WireAssert.Request(transport.Single, "DELETE", "/jobs/jobId/tasks/taskId");
        WireAssert.NoBody(transport.Single);
        Assert.Equal("0x2", transport.Single.Header("If-None-Match"));
        WireAssert.StandardResult(result, 200);
    }

    [Fact]
    public async Task TerminateTask_posts_no_body_and_reads_204()
    {
        var transport = CapturingTransport.Responding(new TestResponse(204).WithStandardHeaders());
        var client = TestClients.SharedKey(transport);

        var result = await client.TerminateTaskAsync("jobId", "taskId");

        WireAssert.Request(transport.Single, "POST", "/jobs/jobId/tasks/taskId/terminate");
        WireAssert.NoBody(transport.Single);
        WireAssert.StandardResult(result, 204);
    }

    [Fact]
    public void ReactivateTask_posts_no_body_and_reads_204()
    {
        var transport = CapturingTransport.Responding(new TestResponse(204).WithStandardHeaders());
        var client = TestClients.SharedKey(transport);

        var result = client.ReactivateTask("jobId", "taskId", new BatchRequestOptions { IfMatch = "0x3" });

        WireAssert.Request(transport.Single, "POST", "/jobs/jobId/tasks/taskId/reactivate");
        WireAssert.NoBody(transport.Single);
        Assert.Equal("0x3", transport.Single.Header("If-Match"));
        WireAssert.StandardResult(result, 204);
    }

    [Fact]
    public async Task GetSubtasks_reads_subtasks_with_job_and_task()
    {
        var transport = CapturingTransport.Responding(TestResponse.Json(200, SpecExamples.ListSubtasksResponse));
        var client = TestClients.SharedKey(transport);

        var subtasks = (await client.GetSubtasksAsync("jobId", "taskId", new[] { "id", "state" })).Value;

        WireAssert.Request(transport.Single, "GET", "/jobs/jobId/tasks/taskId/subtasksinfo", ("$select", "id,state"));
        Assert.Equal(2, subtasks.Count);
        Assert.All(subtasks, s => { Assert.Equal("jobId", s.JobId); Assert.Equal("taskId", s.TaskId); });
        Assert.Equal(1, subtasks[0].Id);
        Assert.Equal(BatchSubtaskState.Completed, subtasks[0].State);
        Assert.Equal("mpiPool", subtasks[1].NodeInfo!.PoolId);
    }
}
