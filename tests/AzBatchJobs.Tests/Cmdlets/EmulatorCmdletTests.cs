using System.Management.Automation;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using AzBatchJobs.Tests.Shell;

namespace AzBatchJobs.Tests.Cmdlets;

/// <summary>Start-BatchEmulator and Stop-BatchEmulator as a user types them: the emulator process, its connection, and the errors.</summary>
public sealed class EmulatorCmdletTests : IClassFixture<BatchShell>
{
    private readonly BatchShell _shell;

    public EmulatorCmdletTests(BatchShell shell) => _shell = shell;

    [Fact]
    public void Start_BatchEmulator_runs_the_emulator_process_and_Stop_BatchEmulator_ends_it()
    {
        var result = _shell.RunUnconnected("""
            $emulator = Start-BatchEmulator -InMemory
            $emulator
            $emulator | Format-Table | Out-String -Width 80
            New-BatchJob -Id $id -PoolId p | Out-Null
            (Get-BatchJob -Id $id).Id
            $emulator | Stop-BatchEmulator
            Get-BatchJob -Id $id
            """, ("id", BatchShell.NewId("proc")));
        var emulator = result.Output[0];
        Assert.Equal("AzBatchJobs.BatchEmulatorProcess", emulator.BaseObject.GetType().FullName);
        var endpoint = Assert.IsType<Uri>(emulator.Properties["Endpoint"].Value);
        Assert.True(endpoint.IsLoopback);
        Assert.Equal(endpoint.Port, emulator.Properties["Port"].Value);
        Assert.Equal(false, emulator.Properties["KeepRunning"].Value);
        // Its view: the columns that matter, within 80 columns, the key nowhere.
        var table = result.Lines[1].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Matches(@"^ProcessId\s+Port\s+AccountName\s+KeepRunning\s+Endpoint$", table[0]);
        Assert.Matches($@"^{emulator.Properties["ProcessId"].Value}\s+{endpoint.Port}\s+localbatch\s+False\s+{Regex.Escape(endpoint.ToString())}$", table[2]);
        Assert.All(table, line => Assert.True(line.Length <= 80, line));
        Assert.StartsWith("proc-", result.Lines[2]);
        // The session's default connection went with the emulator.
        Assert.StartsWith("BatchNoConnection,", Assert.Single(result.Errors).FullyQualifiedErrorId);
        Assert.True(EmulatorProcesses.Ended((int)emulator.Properties["ProcessId"].Value), "the emulator process is still running");
    }

    [Fact]
    public void Start_BatchEmulator_names_the_missing_emulator()
    {
        var error = Assert.Single(_shell.RunUnconnected("Start-BatchEmulator -EmulatorPath /nonexistent/AzBatchJobs.Emulator.dll").Errors);
        Assert.Equal("BatchEmulatorNotFound,AzBatchJobs.Cmdlets.StartBatchEmulatorCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Contains(Path.GetFullPath("/nonexistent/AzBatchJobs.Emulator.dll"), error.ToString());
    }

    [Fact]
    public void Stop_BatchEmulator_refuses_a_process_it_did_not_start_and_points_to_Port()
    {
        var result = _shell.RunUnconnected("Stop-BatchEmulator -ProcessId $PID");
        var error = Assert.Single(result.Errors);
        Assert.Equal("BatchEmulatorNotStartedHere,AzBatchJobs.Cmdlets.StopBatchEmulatorCommand", error.FullyQualifiedErrorId);
        Assert.Equal(Environment.ProcessId, error.TargetObject);
        Assert.Contains("Stop-BatchEmulator -Port", error.ToString());
    }

    [Fact]
    public void A_busy_port_is_one_line_that_names_the_port()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var result = _shell.RunUnconnected("Start-BatchEmulator -InMemory -Port $port", ("port", port));
        var error = Assert.Single(result.Errors);
        Assert.Equal("BatchEmulatorPortInUse,AzBatchJobs.Cmdlets.StartBatchEmulatorCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ResourceUnavailable, error.CategoryInfo.Category);
        Assert.Equal(port, error.TargetObject);
        Assert.Equal($"Port {port} on 127.0.0.1 is already in use: choose another -Port, or omit -Port for a free one.", error.ToString());
    }

    [Fact]
    public void InMemory_and_DataDirectory_exclude_each_other_before_anything_starts()
    {
        var result = _shell.RunUnconnected("Start-BatchEmulator -InMemory -DataDirectory ./state");
        Assert.StartsWith("AmbiguousParameterSet,", Assert.Single(result.Errors).FullyQualifiedErrorId);
    }

    [Fact]
    public void StartupTimeout_takes_seconds_and_refuses_less_than_one_before_anything_starts()
    {
        var result = _shell.RunUnconnected("""
            (Get-Command Start-BatchEmulator).Parameters.StartupTimeout.ParameterType.Name
            Start-BatchEmulator -InMemory -StartupTimeout 0.5
            """);
        Assert.Equal("TimeSpan", result.Lines[0]);
        var error = Assert.Single(result.Errors);
        Assert.Equal("ParameterArgumentTransformationError,AzBatchJobs.Cmdlets.StartBatchEmulatorCommand", error.FullyQualifiedErrorId);
        Assert.Contains("at least 1 second", error.Exception.Message);
        Assert.Single(result.Output);
    }

    [Fact]
    public void WhatIf_starts_nothing_and_Stop_WhatIf_stops_nothing()
    {
        var result = _shell.RunUnconnected("""
            Start-BatchEmulator -InMemory -WhatIf
            Stop-BatchEmulator -Verbose
            $emulator = Start-BatchEmulator -InMemory -NoDefault
            $emulator | Stop-BatchEmulator -WhatIf
            (Get-Process -Id $emulator.ProcessId).HasExited
            """).AssertSucceeded();
        // Nothing was started, so the first Stop-BatchEmulator had nothing to stop.
        Assert.Empty(result.Verbose);
        Assert.Equal(false, Assert.Single(result.Output).BaseObject);
    }

    [Fact]
    public void Slots_sets_the_node_slots()
    {
        // 64 slots: a task that needs 64 runs; with the default (the processor count) it would wait forever.
        var result = _shell.RunUnconnected("""
            Start-BatchEmulator -InMemory -Slots 64 | Out-Null
            New-BatchJob -Id j -PoolId p | Out-Null
            New-BatchTask -JobId j -Id wide -RequiredSlots 64 -CommandLine (New-BatchTestCommandLine) | Out-Null
            (Wait-BatchTask -JobId j -Id wide -Timeout 00:00:30 -PollInterval 1).ExecutionInfo.Result
            """).AssertSucceeded();
        Assert.Equal("success", result.Lines.Single(), ignoreCase: true);
    }
}
