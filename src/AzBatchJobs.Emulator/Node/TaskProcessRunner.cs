using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace AzBatchJobs.Emulator.Node;

/// <summary>What to run: a command line in a task directory, with its environment and time limit.</summary>
internal sealed record ProcessLaunchRequest(
    string CommandLine,
    TaskDirectory Directory,
    IReadOnlyDictionary<string, string> Environment,
    TimeSpan? MaxWallClockTime);

/// <summary>How a task process ended.</summary>
internal enum ProcessEndReason
{
    /// <summary>The process exited by itself.</summary>
    Exited,
    /// <summary>The process ran past its maxWallClockTime and was killed.</summary>
    WallClockExpired,
    /// <summary>The process was killed on request (terminate, disable, delete, shutdown).</summary>
    Killed,
    /// <summary>The process could not be started; see LaunchFailure.</summary>
    LaunchFailed,
}

/// <summary>The outcome of one run of a task process.</summary>
internal sealed record ProcessRunResult(
    ProcessEndReason Reason,
    int? ExitCode,
    DateTimeOffset StartTime,
    DateTimeOffset EndTime,
    TaskFailureInfo? LaunchFailure);

/// <summary>
/// Runs one task command line as a process, without a shell (see <see cref="CommandLineSplitter"/>),
/// in the task's working directory, with stdout and stderr written to stdout.txt and stderr.txt in
/// the task directory (truncated at each run, readable while the task runs). Cancelling the token
/// or passing maxWallClockTime kills the whole process tree.
/// </summary>
internal sealed class TaskProcessRunner
{
    private static readonly TimeSpan OutputDrainLimit = TimeSpan.FromSeconds(5);
    private readonly TimeProvider _time;

    public TaskProcessRunner(TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
    }

    public async Task<ProcessRunResult> RunAsync(ProcessLaunchRequest request, CancellationToken killToken)
    {
        request.Directory.Create();
        DateTimeOffset startTime = _time.GetUtcNow();

        using var stdout = OpenOutput(request.Directory.StdoutPath);
        using var stderr = OpenOutput(request.Directory.StderrPath);

        ProcessStartInfo startInfo;
        try
        {
            startInfo = BuildStartInfo(request);
        }
        catch (FormatException e)
        {
            return LaunchFailed(startTime, TaskFailureInfo.User(TaskFailureCodes.CommandLaunchFailed, e.Message));
        }

        using var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            string program = startInfo.FileName;
            TaskFailureInfo failure = IsNotFound(e)
                ? TaskFailureInfo.User(TaskFailureCodes.CommandProgramNotFound,
                    $"The program '{program}' specified in the task's command line was not found.")
                : TaskFailureInfo.User(TaskFailureCodes.CommandLaunchFailed,
                    $"The program '{program}' could not be started: {e.Message}");
            return LaunchFailed(startTime, failure);
        }

        ProcessEndReason reason;
        Task copyOut;
        Task copyErr;
        try
        {
            process.StandardInput.Close();
            copyOut = process.StandardOutput.BaseStream.CopyToAsync(stdout);
            copyErr = process.StandardError.BaseStream.CopyToAsync(stderr);
            reason = await WaitAsync(process, request.MaxWallClockTime, killToken).ConfigureAwait(false);
        }
        catch
        {
            // Whatever went wrong, no process outlives the call that started it.
            KillTree(process);
            throw;
        }

        // A grandchild that outlived the kill may still hold the pipes open; do not wait for it forever.
        await Task.WhenAny(Task.WhenAll(copyOut, copyErr), Task.Delay(OutputDrainLimit)).ConfigureAwait(false);
        return new ProcessRunResult(reason, process.ExitCode, startTime, _time.GetUtcNow(), null);
    }

    private static async Task<ProcessEndReason> WaitAsync(Process process, TimeSpan? maxWallClockTime, CancellationToken killToken)
    {
        using var wallClock = new CancellationTokenSource();
        // The service's "unlimited" default is TimeSpan.MaxValue, beyond what a timer takes; a limit
        // already passed (zero, or negative in a document stored by hand) ends the process at once.
        if (maxWallClockTime is { } limit && limit < TimeSpan.FromDays(24))
        {
            wallClock.CancelAfter(limit > TimeSpan.Zero ? limit : TimeSpan.Zero);
        }
        using var either = CancellationTokenSource.CreateLinkedTokenSource(killToken, wallClock.Token);
        try
        {
            await process.WaitForExitAsync(either.Token).ConfigureAwait(false);
            return ProcessEndReason.Exited;
        }
        catch (OperationCanceledException)
        {
            KillTree(process);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            return killToken.IsCancellationRequested ? ProcessEndReason.Killed : ProcessEndReason.WallClockExpired;
        }
    }

    private static void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited between the cancellation and the kill.
        }
    }

    private static ProcessStartInfo BuildStartInfo(ProcessLaunchRequest request)
    {
        SplitCommandLine line = CommandLineSplitter.Split(request.CommandLine);
        var startInfo = new ProcessStartInfo
        {
            FileName = ResolveProgram(line.Program, request.Directory.WorkingDir),
            WorkingDirectory = request.Directory.WorkingDir,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
        };
        if (OperatingSystem.IsWindows())
        {
            startInfo.Arguments = line.RawArguments;
        }
        else
        {
            foreach (string argument in line.Arguments)
            {
                startInfo.ArgumentList.Add(argument);
            }
        }
        // The request's environment is the whole environment: nothing of the emulator's is inherited.
        startInfo.Environment.Clear();
        foreach (KeyValuePair<string, string> variable in request.Environment)
        {
            startInfo.Environment[variable.Key] = variable.Value;
        }
        return startInfo;
    }

    // A relative path with a directory part is relative to the task working directory, as on a
    // Batch node; a bare name is looked up on PATH.
    private static string ResolveProgram(string program, string workingDir)
    {
        bool hasDirectory = program.Contains('/') || (OperatingSystem.IsWindows() && program.Contains('\\'));
        return hasDirectory && !Path.IsPathRooted(program) ? Path.GetFullPath(Path.Combine(workingDir, program)) : program;
    }

    private static bool IsNotFound(Win32Exception e) => e.NativeErrorCode is 2 or 3;

    private static FileStream OpenOutput(string path)
    {
        // A link left by an earlier attempt (ln -s ~/.profile ../stdout.txt) is replaced, never written through.
        if (new FileInfo(path).LinkTarget is not null)
        {
            File.Delete(path);
        }
        return new(path, FileMode.Create, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
    }

    private ProcessRunResult LaunchFailed(DateTimeOffset startTime, TaskFailureInfo failure) =>
        new(ProcessEndReason.LaunchFailed, null, startTime, _time.GetUtcNow(), failure);
}
