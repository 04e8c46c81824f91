namespace AzBatchJobs.Emulator.Tests;

public sealed class JobStateTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public JobStateTests(EmulatorFixture fixture) => _fixture = fixture;

    private BatchHttp Http => _fixture.Http;

    private async Task<JsonObject> JobAsync(string id) => await Http.GetJsonAsync($"/jobs/{id}");

    private async Task<HttpResponseMessage> DisableAsync(string id, string option = "requeue") =>
        await Http.PostAsync($"/jobs/{id}/disable", new JsonObject { ["disableTasks"] = option });

    [Fact]
    public async Task Disable_then_enable_moves_through_the_states_with_previous_state_and_times()
    {
        string id = EmulatorFixture.NewId("dis");
        await Http.CreateJobAsync(id);
        var created = await JobAsync(id);
        using (var disable = await DisableAsync(id))
        {
            await BatchHttp.ExpectStatusAsync(disable, HttpStatusCode.Accepted);
            Assert.NotEqual((string?)created["eTag"], BatchHttp.ETagOf(disable));
        }
        var disabled = await JobAsync(id);
        Assert.Equal("disabled", (string?)disabled["state"]);
        Assert.Equal("disabling", (string?)disabled["previousState"]);
        Assert.NotNull(disabled["previousStateTransitionTime"]);
        Assert.True(DateTime.Parse((string)disabled["stateTransitionTime"]!) >= DateTime.Parse((string)created["stateTransitionTime"]!));

        using (var again = await DisableAsync(id, "wait"))
        {
            await BatchHttp.ExpectStatusAsync(again, HttpStatusCode.Accepted);
        }
        using (var enable = await Http.PostAsync($"/jobs/{id}/enable"))
        {
            await BatchHttp.ExpectStatusAsync(enable, HttpStatusCode.Accepted);
        }
        var enabled = await JobAsync(id);
        Assert.Equal("active", (string?)enabled["state"]);
        Assert.Equal("enabling", (string?)enabled["previousState"]);
    }

    [Fact]
    public async Task Enable_an_active_job_is_409()
    {
        string id = EmulatorFixture.NewId("en");
        await Http.CreateJobAsync(id);
        using var response = await Http.PostAsync($"/jobs/{id}/enable");
        await BatchHttp.ExpectErrorAsync(response, HttpStatusCode.Conflict, "JobNotDisabled");
    }

    [Fact]
    public async Task Disable_needs_a_valid_disableTasks()
    {
        string id = EmulatorFixture.NewId("disopt");
        await Http.CreateJobAsync(id);
        using var missing = await Http.PostAsync($"/jobs/{id}/disable", new JsonObject());
        Assert.Equal("disableTasks", BatchHttp.ErrorValue(await BatchHttp.ExpectErrorAsync(missing, HttpStatusCode.BadRequest, "MissingRequiredProperty"), "PropertyName"));
        using var wrong = await DisableAsync(id, "later");
        Assert.Equal("disableTasks", BatchHttp.ErrorValue(await BatchHttp.ExpectErrorAsync(wrong, HttpStatusCode.BadRequest, "InvalidPropertyValue"), "PropertyName"));
    }

    [Fact]
    public async Task Terminate_completes_the_job_and_then_it_refuses_changes()
    {
        string id = EmulatorFixture.NewId("term");
        await Http.CreateJobAsync(id);
        using (var terminate = await Http.PostAsync($"/jobs/{id}/terminate", new JsonObject { ["terminateReason"] = "Done here" }))
        {
            await BatchHttp.ExpectStatusAsync(terminate, HttpStatusCode.Accepted);
        }
        var job = await JobAsync(id);
        Assert.Equal("completed", (string?)job["state"]);
        Assert.Equal("terminating", (string?)job["previousState"]);
        Assert.Equal("Done here", (string?)job["executionInfo"]!["terminateReason"]);
        Assert.NotNull(job["executionInfo"]!["endTime"]);

        using var disable = await DisableAsync(id);
        await BatchHttp.ExpectErrorAsync(disable, HttpStatusCode.Conflict, "JobCompleted");
        using var addTask = await Http.PostAsync($"/jobs/{id}/tasks", BatchHttp.Task("t1"));
        await BatchHttp.ExpectErrorAsync(addTask, HttpStatusCode.Conflict, "JobCompleted");
        using var addCollection = await Http.PostAsync($"/jobs/{id}/addtaskcollection", new JsonObject { ["value"] = new JsonArray(BatchHttp.Task("t2")) });
        await BatchHttp.ExpectErrorAsync(addCollection, HttpStatusCode.Conflict, "JobCompleted");
        using var terminateAgain = await Http.PostAsync($"/jobs/{id}/terminate");
        await BatchHttp.ExpectErrorAsync(terminateAgain, HttpStatusCode.Conflict, "JobCompleted");
        using var patch = await Http.SendAsync(HttpMethod.Patch, $"/jobs/{id}", new JsonObject { ["priority"] = 1 });
        await BatchHttp.ExpectErrorAsync(patch, HttpStatusCode.Conflict, "JobCompleted");
    }

    [Fact]
    public async Task Terminate_without_body_uses_UserTerminate()
    {
        string id = EmulatorFixture.NewId("term2");
        await Http.CreateJobAsync(id);
        using (var terminate = await Http.PostAsync($"/jobs/{id}/terminate"))
        {
            await BatchHttp.ExpectStatusAsync(terminate, HttpStatusCode.Accepted);
        }
        Assert.Equal("UserTerminate", (string?)(await JobAsync(id))["executionInfo"]!["terminateReason"]);
    }

    [Fact]
    public async Task With_a_running_task_terminating_waits_and_refuses_new_tasks()
    {
        string id = EmulatorFixture.NewId("terming");
        await Http.CreateJobAsync(id);
        await Http.CreateTaskAsync(id, "running-task");
        var store = _fixture.Emulator.Store;
        RunTask(store, id, "running-task");

        using (var terminate = await Http.PostAsync($"/jobs/{id}/terminate"))
        {
            await BatchHttp.ExpectStatusAsync(terminate, HttpStatusCode.Accepted);
        }
        Assert.Equal("terminating", (string?)(await JobAsync(id))["state"]);
        using (var addTask = await Http.PostAsync($"/jobs/{id}/tasks", BatchHttp.Task("late")))
        {
            await BatchHttp.ExpectErrorAsync(addTask, HttpStatusCode.Conflict, "JobBeingTerminated");
        }
        using (var disable = await DisableAsync(id))
        {
            await BatchHttp.ExpectErrorAsync(disable, HttpStatusCode.Conflict, "JobBeingTerminated");
        }

        Assert.True(store.CompleteTask(id, "running-task", exitCode: 0, succeeded: true));
        Assert.Equal("completed", (string?)(await JobAsync(id))["state"]);
    }

    [Fact]
    public async Task With_a_running_task_deleting_waits_and_answers_JobBeingDeleted()
    {
        string id = EmulatorFixture.NewId("deling");
        await Http.CreateJobAsync(id);
        await Http.CreateTaskAsync(id, "running-task");
        var store = _fixture.Emulator.Store;
        RunTask(store, id, "running-task");

        using (var delete = await Http.SendAsync(HttpMethod.Delete, $"/jobs/{id}"))
        {
            await BatchHttp.ExpectStatusAsync(delete, HttpStatusCode.Accepted);
        }
        Assert.Equal("deleting", (string?)(await JobAsync(id))["state"]);
        using (var addTask = await Http.PostAsync($"/jobs/{id}/tasks", BatchHttp.Task("late")))
        {
            await BatchHttp.ExpectErrorAsync(addTask, HttpStatusCode.Conflict, "JobBeingDeleted");
        }
        using (var deleteAgain = await Http.SendAsync(HttpMethod.Delete, $"/jobs/{id}"))
        {
            await BatchHttp.ExpectErrorAsync(deleteAgain, HttpStatusCode.Conflict, "JobBeingDeleted");
        }
        using (var reactivate = await Http.PostAsync($"/jobs/{id}/tasks/running-task/reactivate"))
        {
            await BatchHttp.ExpectErrorAsync(reactivate, HttpStatusCode.Conflict, "JobBeingDeleted");
        }

        Assert.True(store.CompleteTask(id, "running-task", exitCode: 1, succeeded: false));
        using var gone = await Http.GetAsync($"/jobs/{id}");
        await BatchHttp.ExpectErrorAsync(gone, HttpStatusCode.NotFound, "JobNotFound");
    }

    [Fact]
    public async Task Disable_with_a_running_task_stays_disabling_until_the_node_requeues_it()
    {
        string id = EmulatorFixture.NewId("disabling");
        await Http.CreateJobAsync(id);
        await Http.CreateTaskAsync(id, "running-task");
        var store = _fixture.Emulator.Store;
        RunTask(store, id, "running-task");

        using (var disable = await DisableAsync(id))
        {
            await BatchHttp.ExpectStatusAsync(disable, HttpStatusCode.Accepted);
        }
        Assert.Equal("disabling", (string?)(await JobAsync(id))["state"]);
        using (var enable = await Http.PostAsync($"/jobs/{id}/enable"))
        {
            await BatchHttp.ExpectErrorAsync(enable, HttpStatusCode.Conflict, "JobNotDisabled");
        }
        Assert.True(store.RequeueTask(id, "running-task"));
        Assert.Equal("disabled", (string?)(await JobAsync(id))["state"]);
        var task = await Http.GetJsonAsync($"/jobs/{id}/tasks/running-task");
        Assert.Equal("active", (string?)task["state"]);
        Assert.Equal(1, (int?)task["executionInfo"]!["requeueCount"]);
    }

    [Fact]
    public async Task Job_with_terminatejob_completes_when_its_last_task_completes()
    {
        string id = EmulatorFixture.NewId("allcomplete");
        await Http.CreateJobAsync(id, new JsonObject { ["onAllTasksComplete"] = "terminatejob" });
        await Http.CreateTaskAsync(id, "only");
        using (var terminate = await Http.PostAsync($"/jobs/{id}/tasks/only/terminate"))
        {
            await BatchHttp.ExpectStatusAsync(terminate, HttpStatusCode.NoContent);
        }
        var job = await JobAsync(id);
        Assert.Equal("completed", (string?)job["state"]);
        Assert.Equal("AllTasksComplete", (string?)job["executionInfo"]!["terminateReason"]);
    }

    [Fact]
    public async Task Job_with_terminatejob_completes_when_its_last_unfinished_task_is_deleted()
    {
        string id = EmulatorFixture.NewId("alldeleted");
        await Http.CreateJobAsync(id, new JsonObject { ["onAllTasksComplete"] = "terminatejob" });
        await Http.CreateTaskAsync(id, "done");
        await Http.CreateTaskAsync(id, "waiting");
        using (var terminate = await Http.PostAsync($"/jobs/{id}/tasks/done/terminate"))
        {
            await BatchHttp.ExpectStatusAsync(terminate, HttpStatusCode.NoContent);
        }
        Assert.Equal("active", (string?)(await JobAsync(id))["state"]);

        using (var delete = await Http.SendAsync(HttpMethod.Delete, $"/jobs/{id}/tasks/waiting"))
        {
            await BatchHttp.ExpectStatusAsync(delete, HttpStatusCode.OK);
        }
        var job = await JobAsync(id);
        Assert.Equal("completed", (string?)job["state"]);
        Assert.Equal("AllTasksComplete", (string?)job["executionInfo"]!["terminateReason"]);
    }

    internal static void RunTask(Store.BatchStore store, string jobId, string taskId)
    {
        Assert.True(store.ClaimTask(jobId, taskId) is not null, $"task {jobId}/{taskId} was not claimable");
        Assert.True(store.SetTaskRunning(jobId, taskId, new JsonObject { ["nodeId"] = "node-1", ["poolId"] = "pool1" }));
    }
}
