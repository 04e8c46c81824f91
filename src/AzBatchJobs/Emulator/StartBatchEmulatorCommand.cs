using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using System.Threading;
using AzBatchJobs.Client;

namespace AzBatchJobs.Cmdlets;

/// <summary>
/// Start-BatchEmulator: starts the local Batch emulator shipped with the module in the background
/// and connects the session to it. Needs `dotnet` (the .NET 10 runtime with ASP.NET Core) on PATH.
/// </summary>
[Cmdlet("Start", "BatchEmulator", SupportsShouldProcess = true, DefaultParameterSetName = DiskSet)]
[OutputType(typeof(BatchEmulatorProcess))]
public sealed class StartBatchEmulatorCommand : PSCmdlet, IDisposable
{
    private const string DiskSet = "Disk";
    private const string MemorySet = "InMemory";

    private readonly CancellationTokenSource _stopping = new();

    /// <summary>TCP port on 127.0.0.1; 0 (the default) picks a free one.</summary>
    [Parameter]
    [ValidateRange(0, 65535)]
    public int Port { get; set; }

    /// <summary>Keep no state after the emulator stops.</summary>
    [Parameter(Mandatory = true, ParameterSetName = MemorySet)]
    public SwitchParameter InMemory { get; set; }

    /// <summary>Where the emulator keeps its state (default: a per-user folder).</summary>
    [Parameter(ParameterSetName = DiskSet)]
    [ValidateNotNullOrEmpty]
    public string? DataDirectory { get; set; }

    /// <summary>Task slots of the emulator's compute node; 0 accepts tasks but runs none. Default: the processor count.</summary>
    [Parameter]
    [ValidateRange(0, int.MaxValue)]
    public int? Slots { get; set; }

    /// <summary>Fraction (0 to 1) of requests that fail as networks and services fail.</summary>
    [Parameter]
    [ValidateRange(0.0, 1.0)]
    public double? FaultRate { get; set; }

    /// <summary>Fraction (0 to 1) of the tasks of each add-collection answered servererror and not added.</summary>
    [Parameter]
    [ValidateRange(0.0, 1.0)]
    public double? TaskFaultRate { get; set; }

    /// <summary>Requests per second above which the emulator answers 429 TooManyRequests with Retry-After.</summary>
    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    public int? ThrottleRate { get; set; }

    /// <summary>Seconds, from the first request throttled, after which throttling stops (a storm of that length); needs -ThrottleRate.</summary>
    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    public int? ThrottleSeconds { get; set; }

    /// <summary>Seed of the fault injection: the same seed replays the same faults.</summary>
    [Parameter]
    public int? Seed { get; set; }

    /// <summary>Use the published well-known key instead of a random one.</summary>
    [Parameter]
    public SwitchParameter WellKnownKey { get; set; }

    /// <summary>Let the emulator outlive this session and Remove-Module.</summary>
    [Parameter]
    public SwitchParameter KeepRunning { get; set; }

    /// <summary>Return the emulator without making its connection the session's default.</summary>
    [Parameter]
    public SwitchParameter NoDefault { get; set; }

    /// <summary>Also set AZURE_BATCH_ENDPOINT/ACCOUNT/ACCESS_KEY of this process to the emulator's connection.</summary>
    [Parameter]
    public SwitchParameter SetEnvironment { get; set; }

    /// <summary>The emulator to run; by default the one in the module's emulator folder.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? EmulatorPath { get; set; }

    /// <summary>How long to wait for the emulator to be ready (default 60 seconds).</summary>
    [Parameter]
    [SecondsOrTimeSpan(1)]
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromSeconds(60);

    protected override void ProcessRecord()
    {
        var dll = EmulatorPath is null
            ? Path.Combine(Path.GetDirectoryName(typeof(StartBatchEmulatorCommand).Assembly.Location) ?? ".", "emulator", "AzBatchJobs.Emulator.dll")
            : GetUnresolvedProviderPathFromPSPath(EmulatorPath);
        if (!File.Exists(dll))
        {
            ThrowTerminatingError(new ErrorRecord(new FileNotFoundException($"The emulator was not found at {dll}. Build the module with build.ps1, or pass -EmulatorPath.", dll),
                "BatchEmulatorNotFound", ErrorCategory.ObjectNotFound, dll));
        }
        if (ThrottleSeconds is not null && ThrottleRate is null)
        {
            ThrowTerminatingError(new ErrorRecord(new ArgumentException("-ThrottleSeconds needs -ThrottleRate: it ends the throttling that -ThrottleRate starts.", nameof(ThrottleSeconds)),
                "ThrottleSecondsWithoutRate", ErrorCategory.InvalidArgument, ThrottleSeconds));
        }
        var address = Port == 0 ? "127.0.0.1 (a free port)" : $"127.0.0.1:{Port}";
        if (!ShouldProcess(address, "Start the local Batch emulator")) return;
        if (WellKnownKey)
        {
            WriteWarning("The emulator uses the published well-known key: any other local user can sign requests with it and run commands as you. Use -WellKnownKey only on a computer no one else uses.");
        }

        var clock = Stopwatch.StartNew();
        EmulatorLauncher.Started started;
        try
        {
            started = EmulatorLauncher.StartAsync(dll, Arguments(), StartupTimeout, _stopping.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Ctrl+C while it started: the process was ended, nothing is left running.
            throw new PipelineStoppedException();
        }
        catch (EmulatorPortInUseException)
        {
            Fail(new InvalidOperationException($"Port {Port} on 127.0.0.1 is already in use: choose another -Port, or omit -Port for a free one."),
                "BatchEmulatorPortInUse", ErrorCategory.ResourceUnavailable, Port);
            return;
        }
        catch (Win32Exception e)
        {
            Fail(new InvalidOperationException($"`dotnet` could not be started ({e.Message}). The emulator needs `dotnet` with the .NET 10 and ASP.NET Core runtimes on PATH.", e),
                "BatchEmulatorStartFailed", ErrorCategory.OpenError, dll);
            return;
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            Fail(e, "BatchEmulatorStartFailed", ErrorCategory.OpenError, dll);
            return;
        }

        var context = new BatchAccountContext(BatchConnection.SharedKey(started.Endpoint, started.Account, started.Key));
        var emulator = new BatchEmulatorProcess(started.Process.Id, started.Endpoint, started.Account, context, KeepRunning);
        var environment = SetEnvironment ? EmulatorEnvironment.Apply(started.Endpoint, started.Account, started.Key) : null;
        if (SetEnvironment && NoDefault && BatchSession.Default is not null)
        {
            WriteWarning("The session has a default connection (Connect-BatchAccount, or Start-BatchEmulator without -NoDefault), which cmdlets use before AZURE_BATCH_*: commands that take their connection from the environment still reach that one.");
        }
        EmulatorRegistry.Add(new EmulatorRegistry.Entry(started.Process, emulator, environment));
        if (!NoDefault) BatchSession.Default = context;
        WriteVerbose($"Emulator process {emulator.ProcessId} listens on {emulator.Endpoint}; ready in {clock.ElapsedMilliseconds} ms.");
        WriteObject(emulator);
    }

    protected override void StopProcessing() => _stopping.Cancel();

    private void Fail(Exception e, string errorId, ErrorCategory category, object target) =>
        ThrowTerminatingError(new ErrorRecord(e, errorId, category, target));

    public void Dispose() => _stopping.Dispose();

    private List<string> Arguments()
    {
        var arguments = new List<string> { "--port", Invariant(Port), "--detached" };
        if (!KeepRunning) arguments.Add("--exit-on-stdin-close");
        if (InMemory) arguments.Add("--in-memory");
        if (DataDirectory is not null) arguments.AddRange(new[] { "--data", GetUnresolvedProviderPathFromPSPath(DataDirectory) });
        if (Slots is { } slots) arguments.AddRange(new[] { "--slots", Invariant(slots) });
        if (FaultRate is { } faultRate) arguments.AddRange(new[] { "--fault-rate", Invariant(faultRate) });
        if (TaskFaultRate is { } taskFaultRate) arguments.AddRange(new[] { "--task-fault-rate", Invariant(taskFaultRate) });
        if (ThrottleRate is { } throttleRate) arguments.AddRange(new[] { "--throttle-rate", Invariant(throttleRate) });
        if (ThrottleSeconds is { } throttleSeconds) arguments.AddRange(new[] { "--throttle-for", Invariant(throttleSeconds) });
        if (Seed is { } seed) arguments.AddRange(new[] { "--seed", Invariant(seed) });
        // Without it the emulator makes a key of its own and prints it only to this process.
        if (WellKnownKey) arguments.Add("--well-known-key");
        return arguments;
    }

    private static string Invariant(IFormattable value) => value.ToString(null, CultureInfo.InvariantCulture);
}
