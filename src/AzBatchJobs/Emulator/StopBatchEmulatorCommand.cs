using System;
using System.Management.Automation;

namespace AzBatchJobs.Cmdlets;

/// <summary>Stop-BatchEmulator: stops emulators that Start-BatchEmulator started in this session.</summary>
[Cmdlet("Stop", "BatchEmulator", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class StopBatchEmulatorCommand : PSCmdlet
{
    /// <summary>The emulator process to stop (a piped BatchEmulatorProcess binds here); all of this session's when omitted.</summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    public int[]? ProcessId { get; set; }

    protected override void ProcessRecord()
    {
        var ids = ProcessId ?? EmulatorLauncher.StartedProcessIds();
        foreach (var id in ids)
        {
            if (!ShouldProcess($"process {id}", "Stop the local Batch emulator")) continue;
            var endpoint = EmulatorLauncher.Stop(id);
            if (endpoint is null)
            {
                WriteError(new ErrorRecord(new System.ArgumentException($"Process {id} is not an emulator that Start-BatchEmulator started in this session."),
                    "BatchEmulatorNotStartedHere", ErrorCategory.ObjectNotFound, id));
                continue;
            }
            // The session's default pointed at this emulator: forget it rather than keep a dead connection.
            if (BatchSession.Default is { } current && Uri.Compare(current.Endpoint, endpoint, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0)
                BatchSession.Default = null;
            WriteVerbose($"Stopped emulator process {id}.");
        }
    }
}
