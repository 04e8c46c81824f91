using System.Diagnostics;

namespace AzBatchJobs.Emulator.Tests.Infrastructure;

/// <summary>The built emulator run as a child process (dotnet AzBatchJobs.Emulator.dll --port 0 --data DIR).</summary>
internal sealed class EmulatorProcess : IDisposable
{
    private readonly Process _process;

    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _errors;

    private EmulatorProcess(Process process, Uri endpoint, IReadOnlyList<string> lines, System.Collections.Concurrent.ConcurrentQueue<string> errors)
    {
        _process = process;
        Endpoint = endpoint;
        Lines = lines;
        _errors = errors;
    }

    public Uri Endpoint { get; }

    /// <summary>The key the emulator printed (random per start unless one was asked for).</summary>
    public string AccessKey => Lines[2]["AZURE_BATCH_ACCESS_KEY=".Length..];

    /// <summary>What it wrote to stderr so far.</summary>
    public IReadOnlyList<string> ErrorLines => _errors.ToArray();

    /// <summary>The three lines the emulator printed when ready.</summary>
    public IReadOnlyList<string> Lines { get; }

    public static string DllPath => Path.Combine(AppContext.BaseDirectory, "AzBatchJobs.Emulator.dll");

    public static async Task<EmulatorProcess> StartAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(DllPath);
        start.ArgumentList.Add("--port");
        start.ArgumentList.Add("0");
        // No task execution: these tests are about the REST surface and its persistence.
        start.ArgumentList.Add("--slots");
        start.ArgumentList.Add("0");
        if (arguments.Length == 1 && !arguments[0].StartsWith("--", StringComparison.Ordinal))
        {
            start.ArgumentList.Add("--data");
        }
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start)!;
        var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                errors.Enqueue(e.Data);
            }
        };
        process.BeginErrorReadLine();
        var lines = new List<string>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            while (lines.Count < 3)
            {
                string? line = await process.StandardOutput.ReadLineAsync(timeout.Token);
                if (line is null)
                {
                    throw new InvalidOperationException("The emulator exited before it was ready: " + string.Join("\n", lines));
                }
                lines.Add(line);
            }
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
        var endpoint = new Uri(lines[0]["AZURE_BATCH_ENDPOINT=".Length..]);
        return new EmulatorProcess(process, endpoint, lines, errors);
    }

    /// <summary>SIGTERM (as `kill`, systemd or a container runtime sends); true when the process exited within the timeout.</summary>
    public bool Terminate(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }
        return _process.WaitForExit(timeout);
    }

    public int ExitCode => _process.ExitCode;

    /// <summary>SIGKILL: no shutdown code runs.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
