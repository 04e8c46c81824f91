using AzBatchJobs.Emulator.Tests.Node;

namespace AzBatchJobs.Emulator.Tests.JobSchedules;

/// <summary>The local node runs the jobs a schedule makes, though their ids hold a ':' and their auto pool lives as long as the schedule.</summary>
public sealed class ScheduledJobNodeTests
{
    [Fact]
    public async Task A_job_made_by_a_schedule_with_a_schedule_long_auto_pool_runs_its_tasks()
    {
        await using var node = await NodeEmulator.StartAsync(slots: 1);
        var autoPool = new JsonObject
        {
            ["poolLifetimeOption"] = "jobschedule",
            ["pool"] = new JsonObject { ["vmSize"] = "standard_d2s_v3" },
        };
        using (var create = await node.Http.PostAsync("/jobschedules", ScheduleEmulator.Body("nightly", jobSpecification: new JsonObject
        {
            ["poolInfo"] = new JsonObject { ["autoPoolSpecification"] = autoPool },
        })))
        {
            await BatchHttp.ExpectStatusAsync(create, HttpStatusCode.Created);
        }

        await node.AddTaskAsync("nightly:job-1", NodeEmulator.ShellTask("work", "echo done"));

        JsonObject task = await node.WaitForStateAsync("nightly:job-1", "work", "completed");
        Assert.Equal("success", (string?)task["executionInfo"]!["result"]);
        Assert.Null((await node.GetJobAsync("nightly:job-1"))["executionInfo"]!["schedulingError"]);
    }
}
