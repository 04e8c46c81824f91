using System.Diagnostics;
using System.Runtime.InteropServices;

namespace AzBatchJobs.Tests.Cmdlets;

/// <summary>What the emulator tests look at from outside PowerShell: whether a process runs, its process group, signals.</summary>
internal static class EmulatorProcesses
{
    public const int SigInt = 2;

    public static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>True when the process is gone within the time (a clean stop takes well under a second).</summary>
    public static bool Ended(int processId, double seconds = 15)
    {
        var clock = Stopwatch.StartNew();
        while (IsRunning(processId))
        {
            if (clock.Elapsed.TotalSeconds > seconds) return false;
            Thread.Sleep(50);
        }
        return true;
    }

    /// <summary>Ends a process a failed test may have left running.</summary>
    public static void EnsureEnded(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            process.Kill();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
        }
    }

    [DllImport("libc")]
    public static extern int kill(int pid, int signal);

    [DllImport("libc")]
    public static extern int getpgid(int pid);
}
