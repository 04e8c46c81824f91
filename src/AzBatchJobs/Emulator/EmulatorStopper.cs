using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace AzBatchJobs;

/// <summary>
/// Ends an emulator process so that it shuts down cleanly (its tasks stopped, an in-memory
/// emulator's temporary files removed): by closing its standard input when it watches it, else by
/// SIGTERM on Linux and macOS; it is killed only if it is still running after a grace period.
/// </summary>
internal static class EmulatorStopper
{
    private static readonly TimeSpan GracePeriod = TimeSpan.FromSeconds(10);
    private const int SigTerm = 15;

    public static void Stop(Process process, bool watchesStandardInput)
    {
        try
        {
            if (process.HasExited) return;
            if (watchesStandardInput) process.StandardInput.Close();
            else if (!IsWindows) _ = kill(process.Id, SigTerm);
            else Kill(process);
            if (!process.WaitForExit((int)GracePeriod.TotalMilliseconds)) Kill(process);
        }
        catch (InvalidOperationException)
        {
            // It ended on its own meanwhile.
        }
    }

    public static void Kill(Process process)
    {
        try
        {
            if (process.HasExited) return;
            process.Kill();
            process.WaitForExit(10000);
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception)
        {
            // Already gone.
        }
    }

    private static bool IsWindows => RuntimeInformation.IsOSPlatform(OSPlatform.Windows);

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
