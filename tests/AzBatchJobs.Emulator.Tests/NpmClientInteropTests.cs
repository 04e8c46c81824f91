using System.Diagnostics;

namespace AzBatchJobs.Emulator.Tests;

/// <summary>
/// Microsoft's npm client @azure/batch 10.2.0 (tests/interop, pinned by package-lock.json) creates a job,
/// adds a task collection and reads them back, creates a job schedule, lists the job it made and
/// terminates it, with Shared Key against the emulator, and sees the service's durations, defaults
/// and validation errors (of tasks and of job schedules) as it would on Azure.
/// </summary>
public sealed class NpmClientInteropTests
{
    private static string InteropDirectory()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            string candidate = Path.Combine(folder.FullName, "tests", "interop");
            if (File.Exists(Path.Combine(candidate, "package-lock.json")))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException("tests/interop was not found above " + AppContext.BaseDirectory);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string file, string directory, IDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task Azure_batch_npm_client_creates_a_job_adds_a_collection_and_lists_it_and_runs_a_job_schedule()
    {
        string directory = InteropDirectory();
        if (!Directory.Exists(Path.Combine(directory, "node_modules", "@azure", "batch")))
        {
            var install = await RunAsync("npm", directory, null, "ci", "--no-audit", "--no-fund");
            Assert.True(install.ExitCode == 0, "npm ci failed: " + install.Error);
        }

        await using var emulator = await BatchEmulator.StartAsync(new EmulatorOptions { Slots = 0, Port = 0, InMemory = true });
        var run = await RunAsync("node", directory, new Dictionary<string, string>
        {
            ["AZURE_BATCH_ENDPOINT"] = emulator.Endpoint.GetLeftPart(UriPartial.Authority),
            ["AZURE_BATCH_ACCOUNT"] = emulator.AccountName,
            ["AZURE_BATCH_ACCESS_KEY"] = emulator.AccountKey,
            ["JOB_ID"] = "npm-interop",
            ["SCHEDULE_ID"] = "npm-schedule",
        }, "check.js");
        Assert.True(run.ExitCode == 0, $"node check.js failed: {run.Error}");

        var seen = (JsonObject)JsonNode.Parse(run.Output.Trim().Split('\n').Last())!;
        Assert.Equal("2022-10-01.16.0", (string?)seen["apiVersion"]);
        Assert.Equal(["success", "success", "success"], ((JsonArray)seen["addStatuses"]!).Select(s => (string)s!));
        Assert.Equal("npm-interop", (string?)seen["jobId"]);
        Assert.Equal("active", (string?)seen["jobState"]);
        Assert.Equal(5, (int?)seen["jobPriority"]);
        Assert.Equal(["task-0", "task-1", "task-2"], ((JsonArray)seen["taskIds"]!).Select(s => (string)s!));
        Assert.Equal(3, (int?)seen["activeCount"]);
        Assert.Equal("P1279DT12H30M5S", (string?)seen["maxWallClockTime"]);
        Assert.Equal("pool", (string?)seen["autoUserScope"]);
        Assert.Equal(400, (int?)seen["refused"]?["status"]);
        Assert.Equal("InvalidPropertyValue", (string?)seen["refused"]?["code"]);
        Assert.Equal("resourceFiles[0]", (string?)seen["refused"]?["property"]);

        Assert.True((bool?)seen["scheduleExists"]);
        Assert.Equal("active", (string?)seen["scheduleState"]);
        Assert.Equal("PT1H", (string?)seen["scheduleInterval"]);
        Assert.True((bool?)seen["scheduleHasNextRun"]);
        Assert.Equal("npm-schedule:job-1", (string?)seen["scheduleRecentJob"]);
        var scheduledJob = Assert.Single((JsonArray)seen["scheduledJobs"]!)!;
        Assert.Equal(("npm-schedule:job-1", 7, "active"), ((string?)scheduledJob["id"], (int?)scheduledJob["priority"], (string?)scheduledJob["state"]));
        Assert.Equal("completed", (string?)seen["scheduleStateAfterTerminate"]);
        Assert.Equal("noaction", (string?)seen["scheduleJobDefault"]);
        Assert.Equal(400, (int?)seen["scheduleRefused"]?["status"]);
        Assert.Equal("InvalidPropertyValue", (string?)seen["scheduleRefused"]?["code"]);
        Assert.Equal("schedule.startWindow", (string?)seen["scheduleRefused"]?["property"]);

        // And what the npm client wrote is what the service holds.
        var tasks = emulator.Store.ListTasks("npm-interop", "", 10);
        Assert.Equal(["echo 0", "echo 1", "echo 2"], tasks.Select(t => (string)t.Doc["commandLine"]!));
    }
}
