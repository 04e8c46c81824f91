using System;
using System.Management.Automation;
using System.Threading;

namespace AzBatchJobs.Cmdlets;

/// <summary>
/// Stop-BatchEmulator: stops the emulators this session started (all of them, the piped ones or
/// those given by -ProcessId), or the emulator that listens on a port, whoever started it.
/// </summary>
[Cmdlet("Stop", "BatchEmulator", SupportsShouldProcess = true, DefaultParameterSetName = SessionSet)]
[OutputType(typeof(void))]
public sealed class StopBatchEmulatorCommand : PSCmdlet, IDisposable
{
    private const string SessionSet = "Session";
    private const string InputObjectSet = "InputObject";
    private const string ProcessIdSet = "ProcessId";
    private const string PortSet = "Port";

    private readonly CancellationTokenSource _stopping = new();

    /// <summary>Emulators from Start-BatchEmulator.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = InputObjectSet)]
    [ValidateNotNull]
    public BatchEmulatorProcess[]? InputObject { get; set; }

    /// <summary>Process ids of emulators this session started.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ProcessIdSet)]
    public int[]? ProcessId { get; set; }

    /// <summary>The port on 127.0.0.1 of an emulator to stop, whoever started it.</summary>
    [Parameter(Mandatory = true, ParameterSetName = PortSet)]
    [ValidateRange(1, 65535)]
    public int Port { get; set; }

    protected override void ProcessRecord()
    {
        switch (ParameterSetName)
        {
            case PortSet:
                StopOnPort();
                break;
            case InputObjectSet:
                foreach (var emulator in InputObject!) StopStartedHere(emulator.ProcessId);
                break;
            case ProcessIdSet:
                foreach (var id in ProcessId!) StopStartedHere(id);
                break;
            default:
                foreach (var id in EmulatorRegistry.StartedInThisSession()) StopStartedHere(id);
                break;
        }
    }

    protected override void StopProcessing() => _stopping.Cancel();

    public void Dispose() => _stopping.Dispose();

    private void StopStartedHere(int processId)
    {
        var entry = EmulatorRegistry.Find(processId);
        if (entry is null)
        {
            WriteError(new ErrorRecord(new ArgumentException($"Process {processId} is not a running emulator that Start-BatchEmulator started in this session. To stop one that another session left running, use Stop-BatchEmulator -Port."),
                "BatchEmulatorNotStartedHere", ErrorCategory.ObjectNotFound, processId));
            return;
        }
        if (!ShouldProcess($"{entry.Emulator.Endpoint} (process {processId})", "Stop the local Batch emulator")) return;
        EmulatorRegistry.Stop(entry);
        WriteVerbose($"Stopped emulator process {processId}.");
    }

    private void StopOnPort()
    {
        if (EmulatorRegistry.FindByPort(Port) is { } own)
        {
            StopStartedHere(own.Emulator.ProcessId);
            return;
        }
        System.Diagnostics.Process process;
        try
        {
            process = EmulatorOnPort.Find(Port, _stopping.Token);
        }
        catch (InvalidOperationException e)
        {
            var (id, category) = e is EmulatorNotRecognizedException
                ? ("BatchEmulatorNotRecognized", ErrorCategory.InvalidOperation)
                : ("BatchEmulatorNotFoundOnPort", ErrorCategory.ObjectNotFound);
            WriteError(new ErrorRecord(e, id, category, Port) { ErrorDetails = new ErrorDetails(e.Message) });
            return;
        }
        using (process)
        {
            if (!ShouldProcess($"127.0.0.1:{Port} (process {process.Id})", "Stop the local Batch emulator")) return;
            EmulatorStopper.Stop(process, watchesStandardInput: false);
            EmulatorRegistry.ForgetDefaultConnectionTo(new Uri($"http://127.0.0.1:{Port}/"));
            WriteVerbose($"Stopped emulator process {process.Id} on port {Port}.");
        }
    }
}
