using System.Runtime.InteropServices;

namespace AzBatchJobs.Emulator;

/// <summary>
/// How the emulator process relates to the program that started it (Start-BatchEmulator passes
/// these). They concern the process, not the service, so they are taken off the command line
/// before the emulator's own options are parsed.
/// </summary>
internal sealed class LaunchOptions
{
    public const string DetachedOption = "--detached";
    public const string ExitOnStdinCloseOption = "--exit-on-stdin-close";

    /// <summary>Ctrl+C (SIGINT) is ignored and, on Linux and macOS, the process leaves the terminal's session.</summary>
    public bool Detached { get; private init; }

    /// <summary>The process stops when its standard input closes: the program that started it ended or closed the pipe.</summary>
    public bool ExitOnStdinClose { get; private init; }

    /// <summary>Takes the launch options out of <paramref name="args"/>; the rest are the emulator's options.</summary>
    public static LaunchOptions Take(IReadOnlyList<string> args, out string[] rest)
    {
        rest = args.Where(a => a is not (DetachedOption or ExitOnStdinCloseOption)).ToArray();
        return new LaunchOptions { Detached = args.Contains(DetachedOption), ExitOnStdinClose = args.Contains(ExitOnStdinCloseOption) };
    }

    /// <summary>Leaves the terminal's session when detached, and cancels <paramref name="stop"/> when standard input closes if asked to.</summary>
    public void Apply(CancellationTokenSource stop)
    {
        // In a session of its own, the terminal's Ctrl+C, Ctrl+\ and hang-up reach neither the
        // emulator nor the tasks it starts. Windows: Start-BatchEmulator's process has no console of
        // the terminal's (CreateNoWindow), and Program ignores Ctrl+C when detached.
        if (Detached && !OperatingSystem.IsWindows())
        {
            _ = setsid();
        }
        if (ExitOnStdinClose)
        {
            var watch = new Thread(() => WaitForStdinClose(stop)) { IsBackground = true, Name = "stdin watch" };
            watch.Start();
        }
    }

    private static void WaitForStdinClose(CancellationTokenSource stop)
    {
        using var input = Console.OpenStandardInput();
        var buffer = new byte[256];
        try
        {
            while (input.Read(buffer, 0, buffer.Length) > 0)
            {
            }
        }
        catch (IOException)
        {
            // A broken pipe is a closed one.
        }
        try
        {
            stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The emulator was already stopping.
        }
    }

    // Fails only when the process already leads a process group, which a started child does not.
    [DllImport("libc")]
    private static extern int setsid();
}
