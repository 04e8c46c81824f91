using System.Diagnostics;
using AzBatchJobs.Emulator.Node;

namespace AzBatchJobs.Emulator.Tests.Node;

/// <summary>A fresh temporary directory per test, removed afterwards.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "azbj-node-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A killed process may still be releasing a file; the temp directory is cleaned by the OS.
        }
    }
}

internal static class NodeTestSupport
{
    /// <summary>A command line that runs a script through the platform's shell, as a user would write it.</summary>
    public static string Shell(string script) =>
        OperatingSystem.IsWindows() ? $"cmd /c {script}" : $"/bin/sh -c '{script.Replace("'", "'\\''")}'";

    /// <summary>A launch with the environment the node gives a task (see HostEnvironment) unless one is given.</summary>
    public static ProcessLaunchRequest Launch(string commandLine, TaskDirectory directory, TimeSpan? maxWallClock = null,
        IReadOnlyDictionary<string, string>? environment = null) =>
        new(commandLine, directory, environment ?? HostEnvironment.Capture([]), maxWallClock);

    public static TaskDirectory TaskDir(TempDirectory temp, string jobId = "job-1", string taskId = "task-1") =>
        new NodeDirectories(temp.Path).ForTask(jobId, taskId);

    public static bool ProcessIsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public static async Task<bool> WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            if (condition())
            {
                return true;
            }
            await Task.Delay(25);
        }
        return condition();
    }
}
