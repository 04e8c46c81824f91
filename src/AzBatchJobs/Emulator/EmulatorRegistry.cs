using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation.Runspaces;

namespace AzBatchJobs;

/// <summary>
/// The emulators started in this process, each with the runspace (session) that started it.
/// Remove-Module and the closing of that runspace stop those not started with -KeepRunning; the
/// end of the process stops them too (they watch their standard input, a pipe from this process).
/// </summary>
internal static class EmulatorRegistry
{
    private static readonly object Gate = new();
    private static readonly Dictionary<int, Entry> Started = new();
    private static readonly HashSet<Guid> WatchedSessions = new();

    static EmulatorRegistry()
    {
        ModuleAssemblyLoader.Removing += StopThisSessionsEmulators;
    }

    internal sealed class Entry
    {
        public Entry(Process process, BatchEmulatorProcess emulator, EmulatorEnvironment? environment)
        {
            Process = process;
            Emulator = emulator;
            Environment = environment;
        }

        public Process Process { get; }
        public BatchEmulatorProcess Emulator { get; }
        public EmulatorEnvironment? Environment { get; }
        public Guid? SessionId { get; } = CurrentSessionId;
    }

    public static void Add(Entry entry)
    {
        var runspace = Runspace.DefaultRunspace;
        lock (Gate)
        {
            Started[entry.Emulator.ProcessId] = entry;
            if (runspace is null || !WatchedSessions.Add(runspace.InstanceId)) return;
        }
        runspace.StateChanged += OnSessionStateChanged;
    }

    /// <summary>The process ids of the emulators this session started.</summary>
    public static IReadOnlyList<int> StartedInThisSession()
    {
        var session = CurrentSessionId;
        lock (Gate) return Started.Values.Where(e => e.SessionId == session).Select(e => e.Emulator.ProcessId).ToList();
    }

    public static Entry? Find(int processId)
    {
        lock (Gate) return Started.TryGetValue(processId, out var entry) ? entry : null;
    }

    public static Entry? FindByPort(int port)
    {
        lock (Gate) return Started.Values.FirstOrDefault(e => e.Emulator.Port == port);
    }

    /// <summary>Stops an emulator this process started and forgets it, with the connection and variables that pointed at it.</summary>
    public static void Stop(Entry entry)
    {
        lock (Gate) Started.Remove(entry.Emulator.ProcessId);
        EmulatorStopper.Stop(entry.Process, watchesStandardInput: !entry.Emulator.KeepRunning);
        entry.Process.Dispose();
        entry.Environment?.Restore();
        ForgetDefaultConnectionTo(entry.Emulator.Endpoint);
    }

    /// <summary>The session's default pointed at a stopped emulator: forget it rather than keep a dead connection.</summary>
    public static void ForgetDefaultConnectionTo(Uri endpoint)
    {
        if (BatchSession.Default is { } current && Uri.Compare(current.Endpoint, endpoint, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0)
            BatchSession.Default = null;
    }

    private static void StopThisSessionsEmulators() => StopSessionEmulators(CurrentSessionId);

    private static void OnSessionStateChanged(object? sender, RunspaceStateEventArgs e)
    {
        if (sender is not Runspace runspace || e.RunspaceStateInfo.State is not (RunspaceState.Closed or RunspaceState.Broken)) return;
        runspace.StateChanged -= OnSessionStateChanged;
        lock (Gate) WatchedSessions.Remove(runspace.InstanceId);
        StopSessionEmulators(runspace.InstanceId);
    }

    private static void StopSessionEmulators(Guid? session)
    {
        List<Entry> ending;
        lock (Gate) ending = Started.Values.Where(e => e.SessionId == session && !e.Emulator.KeepRunning).ToList();
        foreach (var entry in ending) Stop(entry);
    }

    private static Guid? CurrentSessionId => Runspace.DefaultRunspace?.InstanceId;
}
