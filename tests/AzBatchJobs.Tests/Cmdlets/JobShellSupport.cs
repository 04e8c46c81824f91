using System.Management.Automation;

namespace AzBatchJobs.Tests.Cmdlets;

/// <summary>What the job and wait tests share: nested properties read as PowerShell reads them, and portable command lines.</summary>
internal static class JobShellSupport
{
    /// <summary>A nested property such as "ExecutionInfo.ExitCode", read through PowerShell's adapters; null when a step is missing.</summary>
    public static object? Get(this PSObject value, string path)
    {
        object? current = value;
        foreach (var name in path.Split('.'))
            current = current is null ? null : PSObject.AsPSObject(current).Properties[name]?.Value;
        return current is PSObject wrapped ? wrapped.BaseObject : current;
    }

    /// <summary>A command line that runs <paramref name="shellText"/> in the local node's shell (cmd on Windows, sh elsewhere).</summary>
    public static string ShellCommand(string shellText) =>
        OperatingSystem.IsWindows() ? $"cmd /c {shellText}" : $"/bin/sh -c '{shellText}'";

    /// <summary>A command line that runs for about <paramref name="seconds"/> seconds.</summary>
    public static string SleepCommand(int seconds) =>
        OperatingSystem.IsWindows() ? $"cmd /c ping -n {seconds + 1} 127.0.0.1 >nul" : $"/bin/sh -c 'sleep {seconds}'";

    /// <summary>The URLs of the requests the -Verbose stream shows.</summary>
    public static IReadOnlyList<string> Requests(this Shell.ShellResult result, string method) =>
        result.Verbose.Select(v => v.Message).Where(m => m.StartsWith(method + " ", StringComparison.Ordinal)).ToList();
}
