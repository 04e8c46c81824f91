// The main workflow, offline: a local emulator, a job with preparation and release tasks, 500 tasks of which
// five fail on their first run, wait, read a failure's stderr, reactivate, wait, terminate.
using AzBatchJobs.Client;
using AzBatchJobs.Client.Bulk;
using AzBatchJobs.Client.Models;
using AzBatchJobs.Emulator;

const int TaskCount = 500;
await using var emulator = await BatchEmulator.StartAsync(new EmulatorOptions { Port = 0, InMemory = true });
Console.WriteLine($"emulator on {emulator.Endpoint} (account {emulator.AccountName}, in memory)");
var client = new BatchClient(BatchConnection.SharedKey(emulator.Endpoint, emulator.AccountName, emulator.AccountKey));

string jobId = "demo-" + DateTime.UtcNow.ToString("HHmmss");
await client.CreateJobAsync(new BatchJobCreateOptions
{
    Id = jobId,
    PoolInfo = new BatchPoolInfo { PoolId = "local" },
    JobPreparationTask = new BatchJobPreparationTask { CommandLine = Shell.Line("echo preparing the node for $AZ_BATCH_JOB_ID") },
    JobReleaseTask = new BatchJobReleaseTask { CommandLine = Shell.Line("echo cleaning up after $AZ_BATCH_JOB_ID") },
});
Console.WriteLine($"created job {jobId}");

var submitted = new Dictionary<BatchTaskSubmitStatus, int>();
await foreach (var outcome in client.AddTasksAsync(jobId, DemoTasks(TaskCount), new BatchTaskSubmitOptions { MaxParallelRequests = 4 }))
{
    submitted[outcome.Status] = submitted.GetValueOrDefault(outcome.Status) + 1;
}
Console.WriteLine("submitted: " + string.Join(", ", submitted.Select(kv => $"{kv.Key}={kv.Value}")));

BatchTaskCounts counts = await WaitForTasksAsync(client, jobId);
Console.WriteLine($"first pass: succeeded={counts.Succeeded} failed={counts.Failed}");

var failures = new List<string>();
await foreach (var task in client.GetTasksAsync(jobId, new BatchListOptions { Filter = "executionInfo/result eq 'failure'" }))
{
    failures.Add(task.Id!);
}
if (failures.Count > 0)
{
    using var stderr = await client.GetTaskFileAsync(jobId, failures[0], "stderr.txt");
    using var reader = new StreamReader(stderr.Content);
    Console.WriteLine($"stderr of {failures[0]}: {(await reader.ReadToEndAsync()).Trim()}");
}
foreach (string taskId in failures)
{
    await client.ReactivateTaskAsync(jobId, taskId);
}
Console.WriteLine($"reactivated {failures.Count} failed tasks");

counts = await WaitForTasksAsync(client, jobId);
Console.WriteLine($"second pass: succeeded={counts.Succeeded} failed={counts.Failed}");

await client.TerminateJobAsync(jobId, "DemoDone");
BatchJob job;
do
{
    await Task.Delay(200);
    job = (await client.GetJobAsync(jobId)).Value;
}
while (job.State != BatchJobState.Completed);
await foreach (var status in client.GetJobPreparationAndReleaseTaskStatusesAsync(jobId))
{
    var release = status.JobReleaseTaskExecutionInfo;
    Console.WriteLine($"release task on {status.NodeId}: {release?.State} exit code {release?.ExitCode}");
}
Console.WriteLine($"job {jobId}: {job.State} ({job.ExecutionInfo?.TerminateReason})");
return counts.Succeeded == TaskCount && counts.Failed == 0 ? 0 : 1;

static IEnumerable<BatchTaskCreateOptions> DemoTasks(int count)
{
    for (int i = 0; i < count; i++)
    {
        // Every hundredth task fails on its first run and succeeds once reactivated.
        string line = i % 100 == 7
            ? "test -f \"$AZ_BATCH_NODE_SHARED_DIR/$AZ_BATCH_TASK_ID.retried\" && echo recovered"
              + " || { touch \"$AZ_BATCH_NODE_SHARED_DIR/$AZ_BATCH_TASK_ID.retried\"; echo input not ready >&2; exit 3; }"
            : "echo task $AZ_BATCH_TASK_ID";
        yield return new BatchTaskCreateOptions { Id = $"task-{i:D4}", CommandLine = Shell.Line(line) };
    }
}

static async Task<BatchTaskCounts> WaitForTasksAsync(BatchClient client, string jobId)
{
    var waited = await client.WaitForJobTasksAsync(jobId, new BatchWaitOptions { PollInterval = BatchWaitOptions.MinimumPollInterval });
    return waited.TaskCounts!;
}

internal static class Shell
{
    // Batch runs command lines without a shell; these lines need one.
    public static string Line(string script) => "/bin/sh -c '" + script.Replace("'", "'\\''") + "'";
}
