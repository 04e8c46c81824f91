using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace AzBatchJobs;

/// <summary>
/// Finds the emulator process that listens on a port of 127.0.0.1, whoever started it: the
/// emulator answers GET /azbatchjobs-emulator with its process id, and that process must be an
/// emulator too, so that nothing else is ever stopped.
/// </summary>
internal static class EmulatorOnPort
{
    private const string IdentityPath = "/azbatchjobs-emulator";
    private const string ProcessIdKey = "AZBATCHJOBS_EMULATOR_PROCESS_ID";

    /// <summary>
    /// The emulator's process. Throws, in one line, an InvalidOperationException when nothing answers
    /// on the port, and an EmulatorNotRecognizedException when what answers is not an emulator this
    /// process can stop.
    /// </summary>
    public static Process Find(int port, CancellationToken token)
    {
        var processId = AskProcessIdAsync(port, token).GetAwaiter().GetResult();
        if (processId == CurrentProcessId)
            throw new EmulatorNotRecognizedException($"The emulator on 127.0.0.1:{port} runs inside this process (an in-process emulator); stop it from the code that started it.");
        Process process;
        try
        {
            process = Process.GetProcessById(processId);
        }
        catch (ArgumentException)
        {
            throw new EmulatorNotRecognizedException($"The emulator on 127.0.0.1:{port} names process {processId}, which is not running; nothing was stopped.");
        }
        if (!IsEmulator(process))
        {
            process.Dispose();
            throw new EmulatorNotRecognizedException($"What listens on 127.0.0.1:{port} names process {processId}, which is not an AzBatchJobs emulator; nothing was stopped.");
        }
        return process;
    }

    private static async Task<int> AskProcessIdAsync(int port, CancellationToken token)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        string body;
        try
        {
            using var response = await http.GetAsync($"http://127.0.0.1:{port}{IdentityPath}", token).ConfigureAwait(false);
            body = response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync().ConfigureAwait(false) : string.Empty;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !token.IsCancellationRequested)
        {
            throw new InvalidOperationException($"No emulator answers on 127.0.0.1:{port}: nothing listens there, or it did not answer within 5 seconds.");
        }
        var line = body.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(ProcessIdKey + "=", StringComparison.Ordinal));
        if (line is null || !int.TryParse(line.Substring(ProcessIdKey.Length + 1), out var processId))
            throw new EmulatorNotRecognizedException($"What listens on 127.0.0.1:{port} is not an AzBatchJobs emulator; nothing was stopped.");
        return processId;
    }

    /// <summary>Linux: its command line runs AzBatchJobs.Emulator; elsewhere: it is dotnet or the emulator's own executable.</summary>
    private static bool IsEmulator(Process process)
    {
        var commandLine = $"/proc/{process.Id}/cmdline";
        if (File.Exists(commandLine)) return File.ReadAllText(commandLine).Contains("AzBatchJobs.Emulator");
        try
        {
            return process.ProcessName is "dotnet" or "AzBatchJobs.Emulator";
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static int CurrentProcessId
    {
        get
        {
            using var current = Process.GetCurrentProcess();
            return current.Id;
        }
    }
}

/// <summary>Something listens on the port, and it is not an AzBatchJobs emulator.</summary>
internal sealed class EmulatorNotRecognizedException : InvalidOperationException
{
    public EmulatorNotRecognizedException(string message)
        : base(message)
    {
    }
}
