using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace AzBatchJobs;

/// <summary>
/// Starts the emulator that ships in the module folder (emulator/AzBatchJobs.Emulator.dll) with
/// `dotnet`, and reads the connection it prints (AZURE_BATCH_ENDPOINT/ACCOUNT/ACCESS_KEY lines).
/// Remembers what it started so Stop-BatchEmulator can end exactly those processes.
/// </summary>
internal static class EmulatorLauncher
{
    private static readonly object Gate = new();
    private static readonly Dictionary<int, (Process Process, Uri Endpoint)> Started = new();

    public sealed class Connection
    {
        public Connection(Process process, Uri endpoint, string account, string key)
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

    public static async Task<Connection> StartAsync(string emulatorDll, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken token)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            Arguments = string.Join(" ", new[] { Quote(emulatorDll) }.Concat(arguments.Select(Quote))),
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
        };
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var ready = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var errors = new List<string>();
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            var separator = e.Data.IndexOf('=');
            if (separator <= 0) return;
            lock (values)
            {
                values[e.Data.Substring(0, separator)] = e.Data.Substring(separator + 1).Trim();
                if (values.ContainsKey("AZURE_BATCH_ENDPOINT") && values.ContainsKey("AZURE_BATCH_ACCOUNT") && values.ContainsKey("AZURE_BATCH_ACCESS_KEY"))
                    ready.TrySetResult(true);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (errors) errors.Add(e.Data);
        };
        process.Exited += (_, _) => ready.TrySetResult(false);
        if (!process.Start()) throw new InvalidOperationException("The emulator process did not start.");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timer = CancellationTokenSource.CreateLinkedTokenSource(token);
        timer.CancelAfter(timeout);
        using (timer.Token.Register(() => ready.TrySetCanceled()))
        {
            bool started;
            try
            {
                started = await ready.Task.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                Kill(process);
                token.ThrowIfCancellationRequested();
                throw new TimeoutException($"The emulator did not report its endpoint within {timeout}.");
            }
            if (!started)
            {
                string detail;
                lock (errors) detail = string.Join(Environment.NewLine, errors);
                throw new InvalidOperationException($"The emulator exited with code {process.ExitCode} before it was ready. {detail}".Trim());
            }
        }
        Connection connection;
        lock (values)
            connection = new Connection(process, new Uri(values["AZURE_BATCH_ENDPOINT"]), values["AZURE_BATCH_ACCOUNT"], values["AZURE_BATCH_ACCESS_KEY"]);
        lock (Gate) Started[process.Id] = (process, connection.Endpoint);
        return connection;
    }

    public static IReadOnlyList<int> StartedProcessIds()
    {
        lock (Gate) return Started.Keys.ToList();
    }

    /// <summary>Stops a process this session started and returns its endpoint; null when this session did not start it.</summary>
    public static Uri? Stop(int processId)
    {
        (Process Process, Uri Endpoint) started;
        lock (Gate)
        {
            if (!Started.TryGetValue(processId, out started)) return null;
            Started.Remove(processId);
        }
        Kill(started.Process);
        started.Process.Dispose();
        return started.Endpoint;
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill();
                process.WaitForExit(10000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private static string Quote(string argument) =>
        argument.Length > 0 && argument.IndexOfAny(new[] { ' ', '"', '\t' }) < 0 ? argument : "\"" + argument.Replace("\"", "\\\"") + "\"";
}
