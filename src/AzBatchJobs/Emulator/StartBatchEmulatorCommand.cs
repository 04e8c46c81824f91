using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using AzBatchJobs.Client;

namespace AzBatchJobs.Cmdlets;

/// <summary>
/// Start-BatchEmulator: starts the local Batch emulator shipped with the module in the background
/// and connects the session to it. Needs `dotnet` (the .NET 10 runtime with ASP.NET Core) on PATH.
/// </summary>
[Cmdlet("Start", "BatchEmulator", SupportsShouldProcess = true)]
[OutputType(typeof(BatchEmulatorProcess))]
public sealed class StartBatchEmulatorCommand : PSCmdlet
{
    /// <summary>TCP port on 127.0.0.1; 0 (the default) picks a free one.</summary>
    [Parameter]
    [ValidateRange(0, 65535)]
    public int Port { get; set; }

    /// <summary>Keep no state on disk.</summary>
    [Parameter]
    public SwitchParameter InMemory { get; set; }

    /// <summary>Where the emulator keeps its state (default: a per-user folder).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? DataDirectory { get; set; }

    /// <summary>The emulator to run; by default the one in the module's emulator folder.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? EmulatorPath { get; set; }

    /// <summary>How long to wait for the emulator to be ready (default 60 seconds).</summary>
    [Parameter]
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Return the emulator without making its connection the session's default.</summary>
    [Parameter]
    public SwitchParameter NoDefault { get; set; }

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
        if (!ShouldProcess($"127.0.0.1:{Port}", "Start the local Batch emulator")) return;

        var arguments = new List<string> { "--port", Port.ToString(CultureInfo.InvariantCulture) };
        if (InMemory) arguments.Add("--in-memory");
        if (DataDirectory is not null) arguments.AddRange(new[] { "--data", GetUnresolvedProviderPathFromPSPath(DataDirectory) });

        EmulatorLauncher.Connection started;
        try
        {
            started = EmulatorLauncher.StartAsync(dll, arguments, StartupTimeout, default).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception)
        {
            ThrowTerminatingError(new ErrorRecord(e, "BatchEmulatorStartFailed", ErrorCategory.OpenError, dll)
            {
                ErrorDetails = new ErrorDetails(e.Message + " The emulator needs `dotnet` with the .NET 10 and ASP.NET Core runtimes on PATH."),
            });
            return;
        }
        var context = new BatchAccountContext(BatchConnection.SharedKey(started.Endpoint, started.Account, started.Key));
        if (!NoDefault) BatchSession.Default = context;
        WriteVerbose($"Emulator process {started.Process.Id} listens on {started.Endpoint}.");
        WriteObject(new BatchEmulatorProcess(started.Process.Id, started.Endpoint, started.Account, context));
    }
}
