using System.Text.Json.Nodes;
using AzBatchJobs.Client.Models;
using AzBatchJobs.Client.Serialization;
using AzBatchJobs.Client.Tests.Examples;
using AzBatchJobs.Client.Tests.Infrastructure;

namespace AzBatchJobs.Client.Tests.Operations;

public sealed class JobScheduleOperationsTests
{
    private static BatchJobSpecification Specification() => new() { PoolInfo = new BatchPoolInfo { PoolId = "pool-1" } };

    [Fact]
    public async Task CreateJobSchedule_posts_the_schedule_as_json_and_returns_the_response_headers()
    {
        var transport = CapturingTransport.Responding(new TestResponse(201).WithStandardHeaders());
        var client = TestClients.SharedKey(transport);
        var schedule = new BatchJobScheduleCreateOptions
        {
            Id = "nightly",
            DisplayName = "Nightly",
            Schedule = new BatchJobScheduleConfiguration
            {
                DoNotRunUntil = new DateTimeOffset(2025, 1, 1, 12, 30, 0, TimeSpan.Zero),
                DoNotRunAfter = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
                StartWindow = TimeSpan.FromMinutes(30),
                RecurrenceInterval = TimeSpan.FromDays(1),
            },
            JobSpecification = new BatchJobSpecification
            {
                Priority = 10,
                DisplayName = "nightly run",
                OnAllTasksComplete = BatchAllTasksCompleteMode.TerminateJob,
                JobManagerTask = new BatchJobManagerTask { Id = "manager", CommandLine = "run.sh" },
                PoolInfo = new BatchPoolInfo { PoolId = "pool-1" },
            },
        };
        schedule.Metadata = [new BatchMetadataItem { Name = "owner", Value = "ops" }];

        var result = await client.CreateJobScheduleAsync(schedule, new BatchRequestOptions { TimeoutSeconds = 30 });

        WireAssert.Request(transport.Single, "POST", "/jobschedules", ("timeOut", "30"));
        WireAssert.JsonBody(transport.Single, """
            {"id":"nightly","displayName":"Nightly",
             "schedule":{"doNotRunUntil":"2025-01-01T12:30:00+00:00","doNotRunAfter":"2026-01-01T00:00:00+00:00","startWindow":"PT30M","recurrenceInterval":"P1D"},
             "jobSpecification":{"priority":10,"displayName":"nightly run","onAllTasksComplete":"terminatejob",
               "jobManagerTask":{"id":"manager","commandLine":"run.sh"},"poolInfo":{"poolId":"pool-1"}},
             "metadata":[{"name":"owner","value":"ops"}]}
            """);
        WireAssert.StandardResult(result, 201);
    }

    [Fact]
    public async Task GetJobSchedule_sends_select_expand_and_conditions_and_reads_the_spec_example()
    {
        var transport = CapturingTransport.Responding(TestResponse.Json(200, JobScheduleExamples.GetJobScheduleResponse));
        var client = TestClients.SharedKey(transport);

        var response = await client.GetJobScheduleAsync("jobScheduleId", new[] { "id", "state" }, new[] { "stats" },
            new BatchRequestOptions { IfNoneMatch = "0x1", IfModifiedSince = new DateTimeOffset(2016, 11, 1, 0, 0, 0, TimeSpan.Zero) });

        var request = transport.Single;
        WireAssert.Request(request, "GET", "/jobschedules/jobScheduleId", ("$select", "id,state"), ("$expand", "stats"));
        Assert.Equal("0x1", request.Header("If-None-Match"));
        Assert.Equal("Tue, 01 Nov 2016 00:00:00 GMT", request.Header("If-Modified-Since"));
        WireAssert.NoBody(request);
        BatchJobSchedule schedule = response.Value;
        Assert.Equal("jobScheduleId", schedule.Id);
        Assert.Equal("0x8D40FFD2E848323", schedule.ETag);
        Assert.Equal(BatchJobScheduleState.Completed, schedule.State);
        Assert.Equal(BatchJobScheduleState.Active, schedule.PreviousState);
        Assert.Null(schedule.Schedule);
        Assert.Equal("testPool", schedule.JobSpecification!.PoolInfo!.PoolId);
        Assert.Equal(TimeSpan.MaxValue, schedule.JobSpecification.Constraints!.MaxWallClockTime);
        Assert.Equal(BatchAllTasksCompleteMode.NoAction, schedule.JobSpecification.OnAllTasksComplete);
        Assert.Equal("jobScheduleId:job-1", schedule.ExecutionInfo!.RecentJob!.Id);
        Assert.Equal(new DateTimeOffset(2016, 11, 18, 21, 52, 24, TimeSpan.Zero).AddTicks(8371778), schedule.ExecutionInfo.EndTime);
        Assert.Null(schedule.ExecutionInfo.NextRunTime);
        Models.WireJson.RoundTrip<BatchJobSchedule>(JobScheduleExamples.GetJobScheduleResponse);
    }

    [Theory]
    [InlineData(200, true)]
    [InlineData(404, false)]
    public void JobScheduleExists_sends_head_and_reads_the_status(int status, bool exists)
    {
        var transport = CapturingTransport.Responding(new TestResponse(status).WithHeader("request-id", "r"));
        var client = TestClients.SharedKey(transport);

        var response = client.JobScheduleExists("nightly", new BatchRequestOptions { IfMatch = "0x1" });

        WireAssert.Request(transport.Single, "HEAD", "/jobschedules/nightly");
        Assert.Equal("0x1", transport.Single.Header("If-Match"));
        WireAssert.NoBody(transport.Single);
        Assert.Equal(exists, response.Value);
        Assert.Equal(status, response.GetRawResponse().Status);
    }

    [Fact]
    public async Task JobScheduleExists_throws_for_any_other_failure()
    {
        var transport = CapturingTransport.Responding(new TestResponse(412).WithHeader("request-id", "r"));
        var client = TestClients.SharedKey(transport);

        var error = await Assert.ThrowsAsync<BatchServiceException>(() => client.JobScheduleExistsAsync("nightly", new BatchRequestOptions { IfMatch = "0x1" }));

        Assert.Equal(412, error.Status);
        Assert.Equal("r", error.RequestId);
    }

    [Fact]
    public async Task GetJobSchedules_sends_every_list_option_and_follows_next_links()
    {
        string page1 = "{\"value\":[" + JobScheduleExamples.GetJobScheduleResponse + "],\"odata.nextLink\":\"https://testaccount.westeurope.batch.azure.com/jobschedules?api-version=2025-06-01&$skiptoken=abc\"}";
        string page2 = """{"value":[{"id":"second","state":"active"}]}""";
        var transport = CapturingTransport.Responding(TestResponse.Json(200, page1), TestResponse.Json(200, page2));
        var client = TestClients.SharedKey(transport);

        var ids = new List<string?>();
        await foreach (var schedule in client.GetJobSchedulesAsync(new BatchListOptions
        {
            Filter = "state eq 'active'", Select = new[] { "id", "state" }, Expand = new[] { "stats" }, MaxResults = 1, TimeoutSeconds = 10,
        }))
        {
            ids.Add(schedule.Id);
        }

        Assert.Equal(new[] { "jobScheduleId", "second" }, ids);
        WireAssert.Request(transport.Requests[0], "GET", "/jobschedules",
            ("$filter", "state eq 'active'"), ("$select", "id,state"), ("$expand", "stats"), ("maxresults", "1"), ("timeOut", "10"));
        Assert.Equal("abc", transport.Requests[1].Query["$skiptoken"]);
    }

    [Fact]
    public async Task UpdateJobSchedule_patches_only_what_is_set_as_the_spec_example_does()
    {
        var transport = CapturingTransport.Responding(new TestResponse(200).WithStandardHeaders());
        var client = TestClients.SharedKey(transport);
        var update = BatchJson.Deserialize<BatchJobScheduleUpdateOptions>(JobScheduleExamples.UpdateJobScheduleRequest)!;

        var result = await client.UpdateJobScheduleAsync("jobScheduleId", update, new BatchRequestOptions { IfMatch = "0x8D40FFD2E848323" });

        var request = transport.Single;
        WireAssert.Request(request, "PATCH", "/jobschedules/jobScheduleId");
        Assert.Equal("0x8D40FFD2E848323", request.Header("If-Match"));
        Models.WireJson.AssertEquivalent(JsonNode.Parse(JobScheduleExamples.UpdateJobScheduleRequest), JsonNode.Parse(request.BodyText!), "$");
        Assert.Null(JsonNode.Parse(request.BodyText!)!["metadata"]);
        WireAssert.StandardResult(result, 200);
    }

    [Fact]
    public void UpdateJobSchedule_sends_an_empty_metadata_list_to_clear_it()
    {
        var transport = CapturingTransport.Responding(new TestResponse(200));
        var client = TestClients.SharedKey(transport);

        client.UpdateJobSchedule("nightly", new BatchJobScheduleUpdateOptions { Metadata = [] });

        WireAssert.JsonBody(transport.Single, """{"metadata":[]}""");
    }

    [Fact]
    public async Task ReplaceJobSchedule_puts_only_the_writable_properties_of_a_schedule_read_back()
    {
        var transport = CapturingTransport.Responding(new TestResponse(200).WithStandardHeaders());
        var client = TestClients.SharedKey(transport);
        var schedule = BatchJson.Deserialize<BatchJobSchedule>(JobScheduleExamples.GetJobScheduleResponse)!;
        schedule.Schedule = new BatchJobScheduleConfiguration { RecurrenceInterval = TimeSpan.FromHours(6) };
        schedule.JobSpecification!.Priority = 5;

        var result = await client.ReplaceJobScheduleAsync("jobScheduleId", schedule, new BatchRequestOptions { IfMatch = schedule.ETag });

        WireAssert.Request(transport.Single, "PUT", "/jobschedules/jobScheduleId");
        Assert.Equal("0x8D40FFD2E848323", transport.Single.Header("If-Match"));
        WireAssert.JsonBody(transport.Single, """
            {"schedule":{"recurrenceInterval":"PT6H"},
             "jobSpecification":{"priority":5,"maxParallelTasks":-1,"allowTaskPreemption":false,"usesTaskDependencies":false,
               "onAllTasksComplete":"noaction","onTaskFailure":"noaction",
               "constraints":{"maxWallClockTime":"P10675199DT2H48M5.4775807S","maxTaskRetryCount":0},"poolInfo":{"poolId":"testPool"}}}
            """);
        WireAssert.StandardResult(result, 200);
    }

    [Fact]
    public void DeleteJobSchedule_sends_force_conditions_and_no_body()
    {
        var transport = CapturingTransport.Responding(new TestResponse(202).WithHeader("request-id", "r"));
        var client = TestClients.SharedKey(transport);

        var result = client.DeleteJobSchedule("nightly", force: true, new BatchRequestOptions { IfUnmodifiedSince = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero) });

        WireAssert.Request(transport.Single, "DELETE", "/jobschedules/nightly", ("force", "true"));
        Assert.Equal("Wed, 01 Jan 2025 00:00:00 GMT", transport.Single.Header("If-Unmodified-Since"));
        WireAssert.NoBody(transport.Single);
        Assert.Equal(202, result.Status);
        Assert.Equal("r", result.RequestId);
    }

    [Theory]
    [InlineData("disable", 204)]
    [InlineData("enable", 204)]
    [InlineData("terminate", 202)]
    public async Task State_operations_post_to_their_action_without_a_body(string action, int status)
    {
        var transport = CapturingTransport.Responding(new TestResponse(status).WithStandardHeaders());
        var client = TestClients.SharedKey(transport);
        var options = new BatchRequestOptions { IfMatch = "0x2" };

        var result = action switch
        {
            "disable" => await client.DisableJobScheduleAsync("nightly", options),
            "enable" => await client.EnableJobScheduleAsync("nightly", options),
            _ => await client.TerminateJobScheduleAsync("nightly", options: options),
        };

        WireAssert.Request(transport.Single, "POST", $"/jobschedules/nightly/{action}");
        Assert.Equal("0x2", transport.Single.Header("If-Match"));
        WireAssert.NoBody(transport.Single);
        WireAssert.StandardResult(result, status);
    }

    [Fact]
    public void TerminateJobSchedule_sends_force()
    {
        var transport = CapturingTransport.Responding(new TestResponse(202));
        var client = TestClients.SharedKey(transport);

        client.TerminateJobSchedule("nightly", force: true);

        WireAssert.Request(transport.Single, "POST", "/jobschedules/nightly/terminate", ("force", "true"));
    }

    [Fact]
    public void A_failure_is_a_BatchServiceException_with_the_service_code()
    {
        var transport = CapturingTransport.Responding(TestResponse.Json(409,
            """{"code":"JobScheduleBeingTerminated","message":{"lang":"en-US","value":"The specified job schedule is being terminated."}}"""));
        var client = TestClients.SharedKey(transport);

        var error = Assert.Throws<BatchServiceException>(() => client.DisableJobSchedule("nightly"));

        Assert.Equal(409, error.Status);
        Assert.Equal("JobScheduleBeingTerminated", error.ErrorCode);
    }

    [Fact]
    public void The_jobs_of_a_schedule_are_addressed_by_their_scheduled_ids()
    {
        var transport = CapturingTransport.Responding(TestResponse.Json(200, SpecExamples.GetJobResponse), new TestResponse(202), TestResponse.Json(200, """{"value":[]}"""));
        var client = TestClients.SharedKey(transport);

        client.GetJob("nightly:job-12");
        client.TerminateJob("nightly:job-12");
        client.GetTasks("nightly:job-12").ToList();

        Assert.Equal("/jobs/nightly%3Ajob-12", transport.Requests[0].Uri.AbsolutePath);
        Assert.Equal("/jobs/nightly%3Ajob-12/terminate", transport.Requests[1].Uri.AbsolutePath);
        Assert.Equal("/jobs/nightly%3Ajob-12/tasks", transport.Requests[2].Uri.AbsolutePath);
    }
}
