using AzBatchJobs.Client.Models;
using AzBatchJobs.Client.Serialization;
using AzBatchJobs.Client.Tests.Examples;
using AzBatchJobs.Client.Tests.Infrastructure;

namespace AzBatchJobs.Client.Tests.Operations;

public sealed class JobOperationsTests
{
    [Fact]
    public async Task CreateJob_posts_the_job_as_json_and_returns_the_response_headers()
    {
        var transport = CapturingTransport.Responding(new TestResponse(201).WithStandardHeaders());
        var client = TestClients.SharedKey(transport);
        var job = BatchJson.Deserialize<BatchJobCreateOptions>(SpecExamples.CreateJobComplexRequest)!;

        var result = await client.CreateJobAsync(job, new BatchRequestOptions { TimeoutSeconds = 30 });

        var request = transport.Single;
        WireAssert.Request(request, "POST", "/jobs", ("timeOut", "30"));
        Assert.Equal("application/json; odata=minimalmetadata", request.Header("Content-Type"));
        Models.WireJson.AssertEquivalent(System.Text.Json.Nodes.JsonNode.Parse(SpecExamples.CreateJobComplexRequest), System.Text.Json.Nodes.JsonNode.Parse(request.BodyText!), "$");
        WireAssert.StandardResult(result, 201);
    }

    [Fact]
    public void CreateJob_sends_a_minimal_job_exactly()
    {
        var transport = CapturingTransport.Responding(new TestResponse(201));
        var client = TestClients.SharedKey(transport);

        client.CreateJob(new BatchJobCreateOptions { Id = "job-1", Priority = -1000, PoolInfo = new BatchPoolInfo { PoolId = "pool-1" } });

        WireAssert.JsonBody(transport.Single, """{"id":"job-1","priority":-1000,"poolInfo":{"poolId":"pool-1"}}""");
    }

    [Fact]
    public async Task GetJob_sends_select_expand_and_conditions_and_reads_the_job()
    {
        var transport = CapturingTransport.Responding(TestResponse.Json(200, SpecExamples.GetJobResponse).WithHeader("ETag", "0x8D4100FC49F0278"));
        var client = TestClients.SharedKey(transport);
        var since = new DateTimeOffset(2016, 11, 1, 0, 0, 0, TimeSpan.Zero);

        var response = await client.GetJobAsync("jobId", new[] { "id", "state" }, new[] { "stats" },
            new BatchRequestOptions { IfNoneMatch = "0x1", IfModifiedSince = since, IfMatch = "0x2", IfUnmodifiedSince = since.AddYears(1) });

        var request = transport.Single;
        WireAssert.Request(request, "GET", "/jobs/jobId", ("$select", "id,state"), ("$expand", "stats"));
        Assert.Equal("0x1", request.Header("If-None-Match"));
        Assert.Equal("0x2", request.Header("If-Match"));
        Assert.Equal("Tue, 01 Nov 2016 00:00:00 GMT", request.Header("If-Modified-Since"));
        Assert.Equal("Wed, 01 Nov 2017 00:00:00 GMT", request.Header("If-Unmodified-Since"));
        WireAssert.NoBody(request);
        BatchJob job = response.Value;
        Assert.Equal("jobId", job.Id);
        Assert.Equal(BatchJobState.Completed, job.State);
        Assert.Equal("poolId", job.PoolInfo!.PoolId);
        Assert.Equal("UserTerminate", job.ExecutionInfo!.TerminateReason);
        Assert.True(response.GetRawResponse().Headers.TryGetValue("ETag", out var etag));
        Assert.Equal("0x8D4100FC49F0278", etag);
        Assert.Equal("0x8D4100FC49F0278", BatchOperationResult.FromResponse(response.GetRawResponse()).ETag);
    }

    [Fact]
    public void GetJobs_sends_every_list_option_and_reads_the_page()
    {
        var transport = CapturingTransport.Responding(TestResponse.Json(200, "{\"value\":[" + SpecExamples.GetJobResponse + "]}"));
        var client = TestClients.SharedKey(transport);

        var jobs = client.GetJobs(new BatchListOptions
        {
            Filter = "state eq 'active'", Select = new[] { "id", "state" }, Expand = new[] { "stats" }, MaxResults = 50, TimeoutSeconds = 10,
        }).ToList();

        WireAssert.Request(transport.Single, "GET", "/jobs",
            ("$filter", "state eq 'active'"), ("$select", "id,state"), ("$expand", "stats"), ("maxresults", "50"), ("timeOut", "10"));
        Assert.Equal("jobId", Assert.Single(jobs).Id);
    }

    [Fact]
    public async Task GetJobsFromSchedule_lists_under_the_schedule()
    {
        var transport = CapturingTransport.Responding(TestResponse.Json(200, "{\"value\":[" + SpecExamples.GetJobResponse + "]}"));
        var client = TestClients.SharedKey(transport);

        var jobs = new List<BatchJob>();
        await foreach (var job in client.GetJobsFromScheduleAsync("schedule-1", new BatchListOptions { Filter = "state eq 'completed'" }))
        {
            jobs.Add(job);
        }

        WireAssert.Request(transport.Single, "GET", "/jobschedules/schedule-1/jobs", ("$filter", "state eq 'completed'"));
        Assert.Equal(BatchJobState.Completed, Assert.Single(jobs).State);
    }

    [Fact]
    public async Task ReplaceJob_puts_the_full_job_with_if_match()
    {
        var transport = CapturingTransport.Responding(new TestResponse(200).WithStandardHeaders());
        var client = TestClients.SharedKey(transport);
        var job = new BatchJob { Priority = 100, PoolInfo = new BatchPoolInfo { PoolId = "poolId" }, Constraints = new BatchJobConstraints { MaxTaskRetryCount = 3, MaxWallClockTime = TimeSpan.FromHours(1) } };

        var result = await client.ReplaceJobAsync("job-1", job, new BatchRequestOptions { IfMatch = "0x8D4100FC49F0278" });

        var request = transport.Single;
        WireAssert.Request(request, "PUT", "/jobs/job-1");
        Assert.Equal("0x8D4100FC49F0278", request.Header("If-Match"));
        WireAssert.JsonBody(request, """{"priority":100,"constraints":{"maxWallClockTime":"PT1H","maxTaskRetryCount":3},"poolInfo":{"poolId":"poolId"}}""");
        WireAssert.StandardResult(result, 200);
    }

    [Fact]
    public async Task UpdateJob_patches_only_what_is_set()
    {
        var transport = CapturingTransport.Responding(new TestResponse(200).WithStandardHeaders());
        var client = TestClients.SharedKey(transport);

        var result = await client.UpdateJobAsync("job-1", new BatchJobUpdateOptions { Priority = 100, MaxParallelTasks = 4 });

        WireAssert.Request(transport.Single, "PATCH", "/jobs/job-1");
        WireAssert.JsonBody(transport.Single, """{"priority":100,"maxParallelTasks":4}""");
        WireAssert.StandardResult(result, 200);
    }

    [Fact]
    public void DeleteJob_sends_force_and_no_body()
    {
        var transport = CapturingTransport.Responding(new TestResponse(202).WithHeader("request-id", "r"));
        var client = TestClients.SharedKey(transport);

        var result = client.DeleteJob("job-1", force: true);

        WireAssert.Request(transport.Single, "DELETE", "/jobs/job-1", ("force", "true"));
        WireAssert.NoBody(transport.Single);
        Assert.Equal(202, result.Status);
        Assert.Equal("r", result.RequestId);
    }

    [Theory]
    [InlineData("requeue")]
    [InlineData("terminate")]
    [InlineData("wait")]
    public async Task DisableJob_posts_what_to_do_with_running_tasks(string option)
    {
        var transport = CapturingTransport.Responding(new TestResponse(202).WithStandardHeaders());
        var client = TestClients.SharedKey(transport);

        var result = await client.DisableJobAsync("job-1", option);

        WireAssert.Request(transport.Single, "POST", "/jobs/job-1/disable");
        WireAssert.JsonBody(transport.Single, $$"""{"disableTasks":"{{option}}"}""");
        WireAssert.StandardResult(result, 202);
    }

    [Fact]
    public void EnableJob_posts_no_body()
    {
        var transport = CapturingTransport.Responding(new TestResponse(202).WithStandardHeaders());
        var client = TestClients.SharedKey(transport);

        var result = client.EnableJob("job-1", new BatchRequestOptions { IfUnmodifiedSince = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero) });

        WireAssert.Request(transport.Single, "POST", "/jobs/job-1/enable");
        WireAssert.NoBody(transport.Single);
        Assert.Equal("Fri, 02 Jan 2026 03:04:05 GMT", transport.Single.Header("If-Unmodified-Since"));
        WireAssert.StandardResult(result, 202);
    }

    [Fact]
    public async Task TerminateJob_sends_reason_and_force()
    {
        var transport = CapturingTransport.Responding(new TestResponse(202).WithStandardHeaders());
        var client = TestClients.SharedKey(transport);

        var result = await client.TerminateJobAsync("job-1", "User requested", force: true);

        WireAssert.Request(transport.Single, "POST", "/jobs/job-1/terminate", ("force", "true"));
        WireAssert.JsonBody(transport.Single, """{"terminateReason":"User requested"}""");
        WireAssert.StandardResult(result, 202);
    }

    [Fact]
    public void TerminateJob_without_reason_sends_no_body()
    {
        var transport = CapturingTransport.Responding(new TestResponse(202));
        var client = TestClients.SharedKey(transport);

        client.TerminateJob("job-1");

        WireAssert.Request(transport.Single, "POST", "/jobs/job-1/terminate");
        WireAssert.NoBody(transport.Single);
    }

    [Fact]
    public async Task GetJobTaskCounts_reads_task_and_slot_counts()
    {
        const string body = """
            {
              "taskCounts": { "active": 5, "running": 7, "completed": 4, "succeeded": 2, "failed": 2 },
              "taskSlotCounts": { "active": 10, "running": 14, "completed": 8, "succeeded": 4, "failed": 4 }
            }
            """;
        var transport = CapturingTransport.Responding(TestResponse.Json(200, body));
        var client = TestClients.SharedKey(transport);

        var counts = (await client.GetJobTaskCountsAsync("jobId")).Value;

        WireAssert.Request(transport.Single, "GET", "/jobs/jobId/taskcounts");
        Assert.Equal("jobId", counts.JobId);
        Assert.Equal(5, counts.TaskCounts!.Active);
        Assert.Equal(7, counts.TaskCounts.Running);
        Assert.Equal(2, counts.TaskCounts.Failed);
        Assert.Equal(14, counts.TaskSlotCounts!.Running);
        Assert.Equal(4, counts.TaskSlotCounts.Succeeded);
    }

    [Fact]
    public void GetJobPreparationAndReleaseTaskStatuses_reads_a_page_and_stamps_the_job()
    {
        var page = SpecExamples.ListJobPreparationAndReleaseTaskStatusResponse.Replace(
            "https://account.region.batch.azure.com/jobs/myjob/jobpreparationandreleasestatus?",
            "https://testaccount.westeurope.batch.azure.com/jobs/myjob/jobpreparationandreleasetaskstatus?");
        var transport = CapturingTransport.Responding(TestResponse.Json(200, page), TestResponse.Json(200, "{\"value\":[]}"));
        var client = TestClients.SharedKey(transport);

        var statuses = client.GetJobPreparationAndReleaseTaskStatuses("myjob", new BatchListOptions { Filter = "nodeId eq 'n1'", Select = new[] { "nodeId" }, MaxResults = 10 }).ToList();

        WireAssert.Request(transport.Requests[0], "GET", "/jobs/myjob/jobpreparationandreleasetaskstatus",
            ("$filter", "nodeId eq 'n1'"), ("$select", "nodeId"), ("maxresults", "10"));
        var status = Assert.Single(statuses);
        Assert.Equal("myjob", status.JobId);
        Assert.Equal("tvm-2167304207_1-20140905t174658z", status.NodeId);
        Assert.Equal(BatchJobPreparationTaskState.Completed, status.JobPreparationTaskExecutionInfo!.State);
        Assert.Equal(2, transport.Requests.Count);
        Assert.Equal("tvm-2167304207_1-20140905t174658z", transport.Requests[1].Query["$skipToken"]);
    }
}
