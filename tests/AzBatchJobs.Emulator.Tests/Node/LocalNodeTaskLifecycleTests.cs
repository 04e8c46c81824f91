using AzBatchJobs.Emulator.Node;
using static AzBatchJobs.Emulator.Tests.Node.NodeEmulator;

namespace AzBatchJobs.Emulator.Tests.Node;

/// <summary>The local node through the REST API: running, exit codes, files, retries, wall clock, environment.</summary>
public sealed class LocalNodeTaskLifecycleTests
{
    [Fact]
    public async Task A_failing_command_completes_with_its_exit_code_and_its_output_is_served_by_the_files_api()
    {
        await using var node = await NodeEmulator.StartAsync();
        await node.Http.CreateJobAsync("job-exit");
        await node.AddTaskAsync("job-exit", ShellTask("t", "echo to-out; echo to-err >&2; exit 3"));

        JsonObject task = await node.WaitForStateAsync("job-exit", "t", "completed");

        JsonObject info = (JsonObject)task["executionInfo"]!;
        Assert.Equal(3, (int?)info["exitCode"]);
        Assert.Equal("failure", (string?)info["result"]);
        Assert.Equal("usererror", (string?)info["failureInfo"]!["category"]);
        Assert.Equal("FailureExitCode", (string?)info["failureInfo"]!["code"]);
        Assert.Equal(0, (int?)info["retryCount"]);
        Assert.True(Time(info["endTime"]) >= Time(info["startTime"]));
        Assert.Equal("local-node", (string?)task["nodeInfo"]!["nodeId"]);
        Assert.Equal("pool1", (string?)task["nodeInfo"]!["poolId"]);
        Assert.Equal("to-out\n", await node.ReadTaskFileAsync("job-exit", "t", "stdout.txt"));
        Assert.Equal("to-err\n", await node.ReadTaskFileAsync("job-exit", "t", "stderr.txt"));
    }

    [Fact]
    public async Task The_node_shared_directory_exists_and_is_shared_between_tasks()
    {
        await using var node = await NodeEmulator.StartAsync();
        await node.Http.CreateJobAsync("job-shared");
        await node.AddTaskAsync("job-shared", ShellTask("writer", "echo hand-over > \"$AZ_BATCH_NODE_SHARED_DIR/note.txt\""));
        Assert.Equal(0, (int?)(await node.WaitForStateAsync("job-shared", "writer", "completed"))["executionInfo"]!["exitCode"]);

        await node.AddTaskAsync("job-shared", ShellTask("reader", "cat \"$AZ_BATCH_NODE_SHARED_DIR/note.txt\""));
        JsonObject reader = await node.WaitForStateAsync("job-shared", "reader", "completed");

        Assert.Equal(0, (int?)reader["executionInfo"]!["exitCode"]);
        Assert.Equal("hand-over\n", await node.ReadTaskFileAsync("job-shared", "reader", "stdout.txt"));
    }

    [Fact]
    public async Task A_successful_command_runs_without_a_shell_in_its_working_directory()
    {
        await using var node = await NodeEmulator.StartAsync();
        await node.Http.CreateJobAsync("job-ok");
        await node.AddTaskAsync("job-ok", new JsonObject { ["id"] = "t", ["commandLine"] = "echo $HOME '*'" });

        JsonObject task = await node.WaitForStateAsync("job-ok", "t", "completed");

        Assert.Equal(0, (int?)task["executionInfo"]!["exitCode"]);
        Assert.Equal("success", (string?)task["executionInfo"]!["result"]);
        Assert.Null(task["executionInfo"]!["failureInfo"]);
        Assert.Equal("$HOME *\n", await node.ReadTaskFileAsync("job-ok", "t", "stdout.txt"));
    }

    [Fact]
    public async Task Non_zero_exits_are_retried_up_to_max_task_retry_count_with_the_job_default()
    {
        await using var node = await NodeEmulator.StartAsync();
        await node.Http.CreateJobAsync("job-retry", new JsonObject { ["constraints"] = new JsonObject { ["maxTaskRetryCount"] = 1 } });
        await node.AddTaskAsync("job-retry", ShellTask("own", "echo run >> ../runs.txt; exit 1",
            new JsonObject { ["constraints"] = new JsonObject { ["maxTaskRetryCount"] = 2 } }));
        await node.AddTaskAsync("job-retry", ShellTask("default", "echo run >> ../runs.txt; exit 1"));

        JsonObject own = await node.WaitForStateAsync("job-retry", "own", "completed");
        JsonObject inherited = await node.WaitForStateAsync("job-retry", "default", "completed");

        Assert.Equal(2, (int?)own["executionInfo"]!["retryCount"]);
        Assert.NotNull(own["executionInfo"]!["lastRetryTime"]);
        Assert.Equal("failure", (string?)own["executionInfo"]!["result"]);
        Assert.Equal(3, (await node.ReadTaskFileAsync("job-retry", "own", "runs.txt")).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(1, (int?)inherited["executionInfo"]!["retryCount"]);
        Assert.Equal(2, (await node.ReadTaskFileAsync("job-retry", "default", "runs.txt")).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        JsonObject job = await node.Http.GetJsonAsync("/jobs/job-retry?$expand=stats");
        Assert.Equal(3, (int?)job["stats"]!["numTaskRetries"]);
    }

    [Fact]
    public async Task Max_wall_clock_time_kills_the_task()
    {
        await using var node = await NodeEmulator.StartAsync();
        await node.Http.CreateJobAsync("job-wall");
        await node.AddTaskAsync("job-wall", new JsonObject
        {
            ["id"] = "slow", ["commandLine"] = "sleep 30",
            ["constraints"] = new JsonObject { ["maxWallClockTime"] = "PT1S" },
        });

        JsonObject task = await node.WaitForStateAsync("job-wall", "slow", "completed", TimeSpan.FromSeconds(15));

        JsonObject info = (JsonObject)task["executionInfo"]!;
        Assert.Equal("failure", (string?)info["result"]);
        Assert.Equal("TaskEnded", (string?)info["failureInfo"]!["code"]);
        Assert.True(Time(info["endTime"]) - Time(info["startTime"]) < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task The_task_sees_the_batch_environment_and_its_settings_win_over_the_jobs()
    {
        await using var node = await NodeEmulator.StartAsync();
        await node.Http.CreateJobAsync("job-env", new JsonObject
        {
            ["commonEnvironmentSettings"] = new JsonArray(
                new JsonObject { ["name"] = "COLOR", ["value"] = "job" }, new JsonObject { ["name"] = "SIZE", ["value"] = "L" }),
        });
        await node.AddTaskAsync("job-env", ShellTask("t",
            "echo $AZ_BATCH_JOB_ID $AZ_BATCH_TASK_ID $AZ_BATCH_POOL_ID $AZ_BATCH_NODE_ID $COLOR $SIZE; echo $AZ_BATCH_TASK_WORKING_DIR; pwd",
            new JsonObject { ["environmentSettings"] = new JsonArray(new JsonObject { ["name"] = "COLOR", ["value"] = "task" }) }));

        await node.WaitForStateAsync("job-env", "t", "completed");

        string[] lines = (await node.ReadTaskFileAsync("job-env", "t", "stdout.txt")).Split('\n');
        Assert.Equal("job-env t pool1 local-node task L", lines[0]);
        Assert.Equal(Path.Combine(node.Emulator.Store.TaskDirectory("job-env", "t"), "wd"), lines[1]);
        Assert.Equal(lines[1], lines[2]);
    }

    [Fact]
    public async Task Resource_files_are_downloaded_and_a_missing_one_is_a_pre_processing_failure()
    {
        using var temp = new TempDirectory();
        string source = temp.Combine("input.txt");
        File.WriteAllText(source, "payload");
        await using var node = await NodeEmulator.StartAsync();
        await node.Http.CreateJobAsync("job-res");
        await node.AddTaskAsync("job-res", ShellTask("ok", "cat data/in.txt", new JsonObject
        {
            ["resourceFiles"] = new JsonArray(new JsonObject { ["httpUrl"] = new Uri(source).AbsoluteUri, ["filePath"] = "data/in.txt" }),
        }));
        await node.AddTaskAsync("job-res", ShellTask("missing", "echo never", new JsonObject
        {
            ["resourceFiles"] = new JsonArray(new JsonObject { ["httpUrl"] = new Uri(temp.Combine("absent.txt")).AbsoluteUri, ["filePath"] = "absent.txt" }),
        }));

        JsonObject ok = await node.WaitForStateAsync("job-res", "ok", "completed");
        JsonObject missing = await node.WaitForStateAsync("job-res", "missing", "completed");

        Assert.Equal("success", (string?)ok["executionInfo"]!["result"]);
        Assert.Equal("payload", await node.ReadTaskFileAsync("job-res", "ok", "stdout.txt"));
        Assert.Equal("failure", (string?)missing["executionInfo"]!["result"]);
        Assert.Null(missing["executionInfo"]!["exitCode"]);
        Assert.Equal("BlobNotFound", (string?)missing["executionInfo"]!["failureInfo"]!["code"]);
        Assert.Equal("usererror", (string?)missing["executionInfo"]!["failureInfo"]!["category"]);
    }

    [Fact]
    public async Task Output_files_are_copied_to_a_file_container_and_other_destinations_fail_the_upload()
    {
        using var temp = new TempDirectory();
        await using var node = await NodeEmulator.StartAsync();
        await node.Http.CreateJobAsync("job-out");
        JsonObject Output(string pattern, string url) => new()
        {
            ["filePattern"] = pattern,
            ["destination"] = new JsonObject { ["container"] = new JsonObject { ["containerUrl"] = url } },
            ["uploadOptions"] = new JsonObject { ["uploadCondition"] = "taskcompletion" },
        };
        await node.AddTaskAsync("job-out", ShellTask("ok", "echo result > r.txt", new JsonObject
        {
            ["outputFiles"] = new JsonArray(Output("*.txt", new Uri(temp.Combine("out")).AbsoluteUri)),
        }));
        await node.AddTaskAsync("job-out", ShellTask("remote", "echo result > r.txt", new JsonObject
        {
            ["outputFiles"] = new JsonArray(Output("r.txt", "https://account.blob.core.windows.net/out?sig=SECRETSIG")),
        }));

        JsonObject ok = await node.WaitForStateAsync("job-out", "ok", "completed");
        JsonObject remote = await node.WaitForStateAsync("job-out", "remote", "completed");

        Assert.Equal("success", (string?)ok["executionInfo"]!["result"]);
        Assert.Equal("result\n", File.ReadAllText(temp.Combine("out", "r.txt")));
        Assert.Equal("failure", (string?)remote["executionInfo"]!["result"]);
        Assert.Equal(0, (int?)remote["executionInfo"]!["exitCode"]);
        Assert.Equal("FileUploadMiscError", (string?)remote["executionInfo"]!["failureInfo"]!["code"]);
        Assert.DoesNotContain("SECRETSIG", remote["executionInfo"]!["failureInfo"]!.ToJsonString());
    }

    [Fact]
    public async Task Reactivate_resets_the_retry_count_and_the_task_runs_again()
    {
        await using var node = await NodeEmulator.StartAsync();
        await node.Http.CreateJobAsync("job-react");
        await node.AddTaskAsync("job-react", ShellTask("t", "echo run >> ../runs.txt; test -f ../second && exit 0; touch ../second; exit 1",
            new JsonObject { ["constraints"] = new JsonObject { ["maxTaskRetryCount"] = 0 } }));
        JsonObject failed = await node.WaitForStateAsync("job-react", "t", "completed");
        Assert.Equal("failure", (string?)failed["executionInfo"]!["result"]);

        using (var response = await node.Http.PostAsync("/jobs/job-react/tasks/t/reactivate"))
        {
            await BatchHttp.ExpectStatusAsync(response, HttpStatusCode.NoContent);
        }
        JsonObject again = await node.WaitForTaskAsync("job-react", "t",
            t => (string?)t["state"] == "completed" && (string?)t["executionInfo"]!["result"] == "success");

        Assert.Equal(0, (int?)again["executionInfo"]!["retryCount"]);
        Assert.Equal(0, (int?)again["executionInfo"]!["exitCode"]);
        Assert.Equal(2, (await node.ReadTaskFileAsync("job-react", "t", "runs.txt")).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
