using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace AzBatchJobs;

/// <summary>
/// Starts an emulator process (`dotnet AzBatchJobs.Emulator.dll ...`) and reads the connection it
/// prints when ready (AZURE_BATCH_ENDPOINT/ACCOUNT/ACCESS_KEY lines). Its standard input stays a
/// pipe held by this process: an emulator started with --exit-on-stdin-close ends when the pipe
/// closes, so with this process whatever way it ends.
/// </summary>
internal static class EmulatorLauncher
{
    /// <summary>The emulator's exit code for a port already in use.</summary>
    private const int PortInUseExitCode = 3;

    public sealed class Started
    {
        public Started(Process process, Uri endpoint, string account, string key)
        {
            Process = process;
            Endpoint = endpoint;
            Account = account;
            Key = key;
        }

        public Process Process { get; }
        public Uri Endpoint { get; }
        public string Account { get; }
        public string Key { get; }
    }

    public static async Task<Started> StartAsync(string emulatorDll, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken token)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            Arguments = string.Join(" ", new[] { emulatorDll }.Concat(arguments).Select(Quote)),
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // Windows: no console shared with the terminal, so its Ctrl+C does not reach the emulator.
            CreateNoWindow = true,
        };
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var ready = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var errors = new List<string>();
        var connected = false;
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        // Read for the whole life of the process (a full pipe would block the emulator); kept only until it is ready.
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null || Volatile.Read(ref connected)) return;
            var separator = e.Data.IndexOf('=');
            if (separator <= 0) return;
            lock (values)
            {
                values[e.Data.Substring(0, separator)] = e.Data.Substring(separator + 1).Trim();
                if (values.ContainsKey("AZURE_BATCH_ENDPOINT") && values.ContainsKey("AZURE_BATCH_ACCOUNT") && values.ContainsKey("AZURE_BATCH_ACCESS_KEY"))
                {
                    Volatile.Write(ref connected, true);
                    ready.TrySetResult(true);
                }
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null || Volatile.Read(ref connected)) return;
            lock (errors) errors.Add(e.Data);
        };
        process.Exited += (_, _) => ready.TrySetResult(false);
        if (!process.Start()) throw new InvalidOperationException("The emulator process did not start.");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timer = CancellationTokenSource.CreateLinkedTokenSource(token);
        timer.CancelAfter(timeout);
        bool started;
        using (timer.Token.Register(() => ready.TrySetCanceled()))
        {
            try
            {
                started = await ready.Task.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                EmulatorStopper.Kill(process);
                process.Dispose();
                token.ThrowIfCancellationRequested();
                throw new TimeoutException($"The emulator did not report its endpoint within {timeout.TotalSeconds:0.#} seconds; nothing was left running.");
            }
        }
        if (!started)
        {
            // Also waits until its output was read to the end.
            process.WaitForExit();
            var exitCode = process.ExitCode;
            process.Dispose();
            if (exitCode == PortInUseExitCode) throw new EmulatorPortInUseException();
            throw new InvalidOperationException($"The emulator exited with code {exitCode} before it was ready: {Reason(errors)}");
        }
        lock (values)
            return new Started(process, new Uri(values["AZURE_BATCH_ENDPOINT"]), values["AZURE_BATCH_ACCOUNT"], values["AZURE_BATCH_ACCESS_KEY"]);
    }

    /// <summary>The emulator's own one-line error when it printed one, else its last line; never a whole stack trace.</summary>
    private static string Reason(List<string> errors)
    {
        lock (errors)
        {
            var line = errors.FirstOrDefault(e => e.StartsWith("error:", StringComparison.Ordinal))
                ?? errors.LastOrDefault(e => e.Trim().Length > 0)
                ?? "it printed nothing.";
            line = line.Trim();
            return line.Length <= 300 ? line : line.Substring(0, 300) + "...";
        }
    }

    private static string Quote(string argument) =>
        argument.Length > 0 && argument.IndexOfAny(new[] { ' ', '"', '\t' }) < 0 ? argument : "\"" + argument.Replace("\"", "\\\"") + "\"";
}

/// <summary>The emulator could not listen: its port is taken.</summary>
internal sealed class EmulatorPortInUseException : InvalidOperationException
{
}
