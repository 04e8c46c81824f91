using System.Diagnostics;
using AzBatchJobs.Emulator.Node;

namespace AzBatchJobs.Emulator.Tests.Node;

/// <summary>
/// An in-memory emulator on a free loopback port with the local node running on its store,
/// and helpers to drive and observe a workflow through the REST API.
/// </summary>
internal sealed class NodeEmulator : IAsyncDisposable
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(20);

    private NodeEmulator(BatchEmulator emulator, int slots)
    {
        Emulator = emulator;
        Slots = slots;
        Http = new BatchHttp(emulator.Endpoint, emulator.AccountName, emulator.AccountKey);
    }

    public BatchEmulator Emulator { get; }
    public BatchHttp Http { get; }
    public int Slots { get; }

    // A node started after the emulator (see StartNode), beside the emulator's own node of 0 slots.
    private LocalNodeScheduler? _lateNode;

    /// <param name="startNode">
    /// false to start the emulator with a node of 0 slots, add work, and then start a node with
    /// <paramref name="slots"/> slots by <see cref="StartNode"/>.
    /// </param>
    public static async Task<NodeEmulator> StartAsync(int slots = 4, bool startNode = true, string? dataDirectory = null,
        Action<EmulatorOptions>? configure = null)
    {
        var options = new EmulatorOptions
        {
            Port = 0, InMemory = dataDirectory is null, DataDirectory = dataDirectory, Slots = startNode ? slots : 0,
        };
        configure?.Invoke(options);
        return new NodeEmulator(await BatchEmulator.StartAsync(options), slots);
    }

    public void StartNode()
    {
        _lateNode = new LocalNodeScheduler(Emulator.Store, Slots);
        _lateNode.Start();
    }

    public async ValueTask DisposeAsync()
    {
        if (_lateNode is not null)
        {
            await _lateNode.DisposeAsync();
        }
        Http.Dispose();
        await Emulator.DisposeAsync();
    }

    public Task<JsonObject> GetTaskAsync(string jobId, string taskId) => Http.GetJsonAsync($"/jobs/{jobId}/tasks/{taskId}");

    public Task<JsonObject> GetJobAsync(string jobId) => Http.GetJsonAsync($"/jobs/{jobId}");

    public async Task<JsonObject> WaitForTaskAsync(string jobId, string taskId, Func<JsonObject, bool> condition, TimeSpan? timeout = null)
    {
        var watch = Stopwatch.StartNew();
        JsonObject task = await GetTaskAsync(jobId, taskId);
        while (!condition(task))
        {
            Assert.True(watch.Elapsed < (timeout ?? DefaultWait), $"task {taskId} did not reach the expected state: {task.ToJsonString()}");
            await Task.Delay(25);
            task = await GetTaskAsync(jobId, taskId);
        }
        return task;
    }

    public Task<JsonObject> WaitForStateAsync(string jobId, string taskId, string state, TimeSpan? timeout = null) =>
        WaitForTaskAsync(jobId, taskId, t => (string?)t["state"] == state, timeout);

    public async Task<JsonObject> WaitForJobAsync(string jobId, string state)
    {
        var watch = Stopwatch.StartNew();
        JsonObject job = await GetJobAsync(jobId);
        while ((string?)job["state"] != state)
        {
            Assert.True(watch.Elapsed < DefaultWait, $"job {jobId} did not reach {state}: {job.ToJsonString()}");
            await Task.Delay(25);
            job = await GetJobAsync(jobId);
        }
        return job;
    }

    public async Task WaitForTaskToExistAsync(string jobId, string taskId)
    {
        bool exists = await NodeTestSupport.WaitUntilAsync(() =>
        {
            using HttpResponseMessage response = Http.GetAsync($"/jobs/{jobId}/tasks/{taskId}").GetAwaiter().GetResult();
            return response.StatusCode == HttpStatusCode.OK;
        }, DefaultWait);
        Assert.True(exists, $"task {taskId} never appeared");
    }

    public async Task<string> ReadTaskFileAsync(string jobId, string taskId, string path)
    {
        using HttpResponseMessage response = await Http.GetAsync($"/jobs/{jobId}/tasks/{taskId}/files/{path}");
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {text}");
        return text;
    }

    /// <summary>Waits until the task's process wrote its pid to wd/pid; returns it.</summary>
    public async Task<int> WaitForPidAsync(string jobId, string taskId)
    {
        string pidFile = Path.Combine(Emulator.Store.TaskDirectory(jobId, taskId), "wd", "pid");
        Assert.True(await NodeTestSupport.WaitUntilAsync(
            () => File.Exists(pidFile) && File.ReadAllText(pidFile).EndsWith('\n'), DefaultWait), "the task never wrote its pid");
        return int.Parse(File.ReadAllText(pidFile).Trim());
    }

    public static JsonObject ShellTask(string id, string script, JsonObject? extra = null)
    {
        var task = new JsonObject { ["id"] = id, ["commandLine"] = NodeTestSupport.Shell(script) };
        foreach (var (name, value) in extra ?? [])
        {
            task[name] = value?.DeepClone();
        }
        return task;
    }

    public async Task AddTaskAsync(string jobId, JsonObject task)
    {
        using var response = await Http.PostAsync($"/jobs/{jobId}/tasks", task);
        await BatchHttp.ExpectStatusAsync(response, HttpStatusCode.Created);
    }

    public static DateTimeOffset Time(JsonNode? value) => DateTimeOffset.Parse((string)value!);
}
