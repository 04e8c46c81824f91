using static AzBatchJobs.Emulator.Tests.Node.NodeEmulator;

namespace AzBatchJobs.Emulator.Tests.Node;

/// <summary>The local node's scheduling through the REST API: slots, priority, maxParallelTasks, dependencies, job actions.</summary>
public sealed class LocalNodeSchedulingTests
{
    private static bool Completed(JsonObject task) => (string?)task["state"] == "completed";

    [Fact]
    public async Task With_zero_slots_tasks_are_accepted_but_never_run()
    {
        await using var node = await NodeEmulator.StartAsync(slots: 0);
        await node.Http.CreateJobAsync("job-zero");
        await node.AddTaskAsync("job-zero", ShellTask("t", "exit 0"));

        // Proving that nothing happens needs a bounded wait: several scheduler passes (every 0.5 s at most).
        await Task.Delay(1500);

        Assert.Equal("active", (string?)(await node.GetTaskAsync("job-zero", "t"))["state"]);
    }

    [Fact]
    public async Task A_job_with_more_active_tasks_than_the_scheduling_window_runs_them_all()
    {
        await using var node = await NodeEmulator.StartAsync(slots: 4);
        await node.Http.CreateJobAsync("job-many");
        for (int batch = 0; batch < 4; batch++)
        {
            await node.Http.AddCollectionAsync("job-many", Enumerable.Range(batch * 100, 100).Select(i => BatchHttp.Task($"t{i}", "true")));
        }

        Assert.True(await NodeTestSupport.WaitUntilAsync(() =>
        {
            JsonObject counts = node.Http.GetJsonAsync("/jobs/job-many/taskcounts").GetAwaiter().GetResult();
            return (int?)counts["taskCounts"]!["succeeded"] == 400;
        }, TimeSpan.FromSeconds(60)), "not all 400 tasks succeeded");
    }

    [Fact]
    public async Task Higher_priority_jobs_run_first_on_a_single_slot()
    {
        await using var node = await NodeEmulator.StartAsync(slots: 1, startNode: false);
        await node.Http.CreateJobAsync("job-low", new JsonObject { ["priority"] = -10 });
        await node.Http.CreateJobAsync("job-high", new JsonObject { ["priority"] = 500 });
        await node.AddTaskAsync("job-low", ShellTask("l", "sleep 0.2"));
        await node.AddTaskAsync("job-high", ShellTask("h", "sleep 0.2"));

        node.StartNode();
        JsonObject low = await node.WaitForTaskAsync("job-low", "l", Completed);
        JsonObject high = await node.WaitForTaskAsync("job-high", "h", Completed);

        Assert.True(Time(high["executionInfo"]!["endTime"]) <= Time(low["executionInfo"]!["startTime"]),
            "the high priority task must finish before the single slot takes the low priority one");
    }

    [Fact]
    public async Task Max_parallel_tasks_and_required_slots_limit_what_runs_together()
    {
        await using var node = await NodeEmulator.StartAsync(slots: 2, startNode: false);
        await node.Http.CreateJobAsync("job-serial", new JsonObject { ["maxParallelTasks"] = 1 });
        await node.Http.CreateJobAsync("job-wide");
        await node.AddTaskAsync("job-serial", ShellTask("a", "sleep 0.3"));
        await node.AddTaskAsync("job-serial", ShellTask("b", "sleep 0.3"));
        await node.AddTaskAsync("job-wide", ShellTask("big", "sleep 0.3", new JsonObject { ["requiredSlots"] = 2 }));
        await node.AddTaskAsync("job-wide", ShellTask("huge", "exit 0", new JsonObject { ["requiredSlots"] = 3 }));

        node.StartNode();
        var serial = new[] { await node.WaitForTaskAsync("job-serial", "a", Completed), await node.WaitForTaskAsync("job-serial", "b", Completed) }
            .OrderBy(t => Time(t["executionInfo"]!["startTime"])).ToArray();
        JsonObject big = await node.WaitForTaskAsync("job-wide", "big", Completed);

        Assert.True(Time(serial[1]["executionInfo"]!["startTime"]) >= Time(serial[0]["executionInfo"]!["endTime"]), "maxParallelTasks 1 ran two at once");
        (DateTimeOffset bigStart, DateTimeOffset bigEnd) = (Time(big["executionInfo"]!["startTime"]), Time(big["executionInfo"]!["endTime"]));
        foreach (JsonObject other in serial)
        {
            bool overlaps = Time(other["executionInfo"]!["startTime"]) < bigEnd && bigStart < Time(other["executionInfo"]!["endTime"]);
            Assert.False(overlaps, "a task needing both slots ran beside another task");
        }
        Assert.Equal("active", (string?)(await node.GetTaskAsync("job-wide", "huge"))["state"]);
    }

    [Fact]
    public async Task Dependencies_by_id_and_range_wait_for_success_and_a_failure_blocks_unless_satisfied()
    {
        await using var node = await NodeEmulator.StartAsync(slots: 4);
        await node.Http.CreateJobAsync("job-deps", new JsonObject { ["usesTaskDependencies"] = true });
        JsonObject DependsOn(JsonObject dependsOn) => new() { ["dependsOn"] = dependsOn };
        await node.AddTaskAsync("job-deps", ShellTask("after", "exit 0", DependsOn(new JsonObject { ["taskIds"] = new JsonArray("1", "2") })));
        await node.AddTaskAsync("job-deps", ShellTask("range", "exit 0",
            DependsOn(new JsonObject { ["taskIdRanges"] = new JsonArray(new JsonObject { ["start"] = 1, ["end"] = 2 }) })));
        await node.AddTaskAsync("job-deps", ShellTask("blocked", "exit 0", DependsOn(new JsonObject { ["taskIds"] = new JsonArray("3") })));
        await node.AddTaskAsync("job-deps", ShellTask("satisfied", "exit 0", DependsOn(new JsonObject { ["taskIds"] = new JsonArray("4") })));
        await node.AddTaskAsync("job-deps", ShellTask("1", "sleep 0.3"));
        await node.AddTaskAsync("job-deps", ShellTask("2", "sleep 0.3"));
        await node.AddTaskAsync("job-deps", ShellTask("3", "exit 1"));
        await node.AddTaskAsync("job-deps", ShellTask("4", "exit 2", new JsonObject
        {
            ["exitConditions"] = new JsonObject { ["default"] = new JsonObject { ["dependencyAction"] = "satisfy" } },
        }));

        JsonObject after = await node.WaitForTaskAsync("job-deps", "after", Completed);
        JsonObject range = await node.WaitForTaskAsync("job-deps", "range", Completed);
        await node.WaitForTaskAsync("job-deps", "satisfied", Completed);
        await node.WaitForTaskAsync("job-deps", "3", Completed);
        JsonObject one = await node.GetTaskAsync("job-deps", "1");
        JsonObject two = await node.GetTaskAsync("job-deps", "2");

        DateTimeOffset parentsDone = new[] { Time(one["executionInfo"]!["endTime"]), Time(two["executionInfo"]!["endTime"]) }.Max();
        Assert.True(Time(after["executionInfo"]!["startTime"]) >= parentsDone);
        Assert.True(Time(range["executionInfo"]!["startTime"]) >= parentsDone);
        Assert.Equal("active", (string?)(await node.GetTaskAsync("job-deps", "blocked"))["state"]);
    }

    [Fact]
    public async Task Broken_dependencies_fail_or_hold_only_their_own_task()
    {
        // The REST layer refuses such tasks (the spec table); a store written before that rule, or by
        // hand, may still hold them, and one of them must not stop the node. A task whose own document
        // is broken completes as failed, with the reason; a task depending on a broken one waits.
        await using var node = await NodeEmulator.StartAsync(slots: 2);
        await node.Http.CreateJobAsync("job-baddeps", new JsonObject { ["usesTaskDependencies"] = true });
        StoreTask(node, "job-baddeps", "parent", "exitConditions",
            JsonNode.Parse("""{"exitCodes":[{"code":0,"exitOptions":{"dependencyAction":"sometimes"}}]}"""));
        await node.WaitForTaskAsync("job-baddeps", "parent", Completed);
        await node.AddTaskAsync("job-baddeps", ShellTask("child", "exit 0",
            new JsonObject { ["dependsOn"] = new JsonObject { ["taskIds"] = new JsonArray("parent") } }));
        StoreTask(node, "job-baddeps", "backwards", "dependsOn", JsonNode.Parse("""{"taskIdRanges":[{"start":5,"end":1}]}"""));
        StoreTask(node, "job-baddeps", "numeric-id", "dependsOn", JsonNode.Parse("""{"taskIds":[7]}"""));
        await node.AddTaskAsync("job-baddeps", ShellTask("plain", "exit 0"));

        await node.WaitForTaskAsync("job-baddeps", "plain", Completed);

        Assert.Equal("active", (string?)(await node.GetTaskAsync("job-baddeps", "child"))["state"]);
        foreach (string broken in new[] { "parent", "backwards", "numeric-id" })
        {
            JsonObject task = await node.WaitForTaskAsync("job-baddeps", broken, Completed);
            Assert.Equal("InvalidPropertyValue", (string?)task["executionInfo"]!["failureInfo"]!["code"]);
        }
    }

    private static void StoreTask(NodeEmulator node, string jobId, string taskId, string property, JsonNode? malformed)
    {
        var store = node.Emulator.Store;
        JsonObject doc = Api.TaskDocuments.FromCreate(ShellTask(taskId, "exit 0"), store.GetJob(jobId));
        doc[property] = malformed;
        Assert.Equal(Store.TaskAddOutcome.Added, store.AddTasks(jobId, [doc])[0]);
    }

    [Fact]
    public async Task Exit_conditions_terminate_or_disable_the_job_when_it_performs_exit_options_job_action()
    {
        await using var node = await NodeEmulator.StartAsync();
        var performs = new JsonObject { ["onTaskFailure"] = "performexitoptionsjobaction" };
        await node.Http.CreateJobAsync("job-term", performs);
        await node.Http.CreateJobAsync("job-dis", performs);
        await node.Http.CreateJobAsync("job-noaction");
        await node.AddTaskAsync("job-term", ShellTask("t", "exit 3", new JsonObject
        {
            ["exitConditions"] = new JsonObject
            {
                ["exitCodes"] = new JsonArray(new JsonObject { ["code"] = 3, ["exitOptions"] = new JsonObject { ["jobAction"] = "terminate" } }),
            },
        }));
        await node.AddTaskAsync("job-dis", ShellTask("t", "exit 7", new JsonObject
        {
            ["exitConditions"] = new JsonObject
            {
                ["exitCodeRanges"] = new JsonArray(new JsonObject
                {
                    ["start"] = 5, ["end"] = 9, ["exitOptions"] = new JsonObject { ["jobAction"] = "disable" },
                }),
            },
        }));
        await node.AddTaskAsync("job-noaction", ShellTask("t", "exit 3"));

        JsonObject terminated = await node.WaitForJobAsync("job-term", "completed");
        await node.WaitForJobAsync("job-dis", "disabled");
        await node.WaitForTaskAsync("job-noaction", "t", Completed);

        Assert.Equal("TaskFailed", (string?)terminated["executionInfo"]!["terminateReason"]);
        Assert.Equal("active", (string?)(await node.GetJobAsync("job-noaction"))["state"]);
    }

    [Fact]
    public async Task Job_max_wall_clock_time_terminates_the_job_and_kills_its_task()
    {
        await using var node = await NodeEmulator.StartAsync();
        await node.Http.CreateJobAsync("job-jwall", new JsonObject { ["constraints"] = new JsonObject { ["maxWallClockTime"] = "PT1S" } });
        await node.AddTaskAsync("job-jwall", ShellTask("t", "echo $$ > pid; exec sleep 30"));
        int pid = await node.WaitForPidAsync("job-jwall", "t");

        JsonObject job = await node.WaitForJobAsync("job-jwall", "completed");

        Assert.Equal("MaxWallClockTimeExpiry", (string?)job["executionInfo"]!["terminateReason"]);
        JsonObject task = await node.GetTaskAsync("job-jwall", "t");
        Assert.Equal("TaskEnded", (string?)task["executionInfo"]!["failureInfo"]!["code"]);
        Assert.True(await NodeTestSupport.WaitUntilAsync(() => !NodeTestSupport.ProcessIsAlive(pid), TimeSpan.FromSeconds(5)));
    }
}
