using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using AzBatchJobs.Tests.Shell;

namespace AzBatchJobs.Tests.Cmdlets;

/// <summary>
/// How long an emulator from Start-BatchEmulator lives (issue 10, item 20): not stopped by the
/// terminal's Ctrl+C, stopped with its session or Remove-Module unless -KeepRunning, and a
/// left-over one stopped by port, never anything that is not an emulator.
/// </summary>
public sealed class EmulatorLifetimeTests : IClassFixture<BatchShell>
{
    private readonly BatchShell _shell;

    public EmulatorLifetimeTests(BatchShell shell) => _shell = shell;

    [Fact]
    public void Ctrl_C_in_the_terminal_does_not_reach_the_emulator()
    {
        if (OperatingSystem.IsWindows()) return; // process groups and signals are POSIX
        var (processId, port) = StartInOwnRunspace("-InMemory -KeepRunning");
        try
        {
            // The terminal sends Ctrl+C to its foreground process group, this process's.
            Assert.NotEqual(EmulatorProcesses.getpgid(Environment.ProcessId), EmulatorProcesses.getpgid(processId));
            Assert.Equal(0, EmulatorProcesses.kill(-EmulatorProcesses.getpgid(processId), EmulatorProcesses.SigInt));
            Thread.Sleep(1000);
            Assert.True(EmulatorProcesses.IsRunning(processId), "SIGINT to the emulator's process group stopped it");
        }
        finally
        {
            _shell.RunUnconnected("Stop-BatchEmulator -Port $port", ("port", port));
            EmulatorProcesses.EnsureEnded(processId);
        }
    }

    [Fact]
    public void The_emulator_ends_with_the_session_that_started_it()
    {
        var (processId, _) = StartInOwnRunspace("-InMemory");
        Assert.True(EmulatorProcesses.Ended(processId), "the emulator outlived the runspace that started it");
    }

    [Fact]
    public void Remove_Module_stops_the_emulator_unless_KeepRunning_and_Stop_Port_stops_a_left_over_one()
    {
        var result = _shell.RunUnconnected("""
            $ending = Start-BatchEmulator -InMemory
            $staying = Start-BatchEmulator -InMemory -KeepRunning -NoDefault
            $staying.ProcessId; $staying.Port
            Remove-Module AzBatchJobs
            [bool](Get-Process -Id $ending.ProcessId -ErrorAction SilentlyContinue)
            [bool](Get-Process -Id $staying.ProcessId -ErrorAction SilentlyContinue)
            """).AssertSucceeded();
        var (staying, port) = ((int)result.Output[0].BaseObject, (int)result.Output[1].BaseObject);
        try
        {
            Assert.Equal(new object[] { false, true }, result.Objects.Skip(2));
            var stop = _shell.RunUnconnected("Stop-BatchEmulator -Port $port -Verbose", ("port", port)).AssertSucceeded();
            Assert.Contains(stop.Verbose, v => v.Message == $"Stopped emulator process {staying}.");
            Assert.True(EmulatorProcesses.Ended(staying), "Stop-BatchEmulator -Port left it running");
        }
        finally
        {
            EmulatorProcesses.EnsureEnded(staying);
        }
    }

    [Fact]
    public void Stop_Port_stops_an_emulator_another_process_left_running()
    {
        // As an earlier session's -KeepRunning left it: detached, not watching its input.
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var argument in new[] { ModuleEmulatorDll, "--port", "0", "--in-memory", "--slots", "0", "--detached" }) start.ArgumentList.Add(argument);
        using var leftOver = Process.Start(start)!;
        try
        {
            var port = new Uri(leftOver.StandardOutput.ReadLine()!["AZURE_BATCH_ENDPOINT=".Length..]).Port;
            var result = _shell.RunUnconnected("Stop-BatchEmulator -Port $port -Verbose", ("port", port)).AssertSucceeded();
            Assert.Contains(result.Verbose, v => v.Message == $"Stopped emulator process {leftOver.Id} on port {port}.");
            Assert.True(leftOver.WaitForExit(15_000), "the emulator is still running");
            Assert.Equal(0, leftOver.ExitCode);
        }
        finally
        {
            EmulatorProcesses.EnsureEnded(leftOver.Id);
        }
    }

    [Fact]
    public void Stop_Port_refuses_what_is_not_an_emulator_and_stops_nothing()
    {
        if (OperatingSystem.IsWindows()) return;
        using var bystander = Process.Start("sleep", "60");
        using var liar = new HttpListener();
        var port = FreePort();
        liar.Prefixes.Add($"http://127.0.0.1:{port}/");
        liar.Start();
        _ = Task.Run(async () =>
        {
            var request = await liar.GetContextAsync();
            using var writer = new StreamWriter(request.Response.OutputStream);
            await writer.WriteAsync($"AZBATCHJOBS_EMULATOR_PROCESS_ID={bystander.Id}\n");
        });
        try
        {
            var result = _shell.RunUnconnected("""
                Stop-BatchEmulator -Port $port
                Stop-BatchEmulator -Port $inProcess
                Stop-BatchEmulator -Port $nothing
                """, ("port", port), ("inProcess", _shell.Emulator.Endpoint.Port), ("nothing", FreePort()));
            Assert.Equal(new[] { "BatchEmulatorNotRecognized", "BatchEmulatorNotRecognized", "BatchEmulatorNotFoundOnPort" },
                result.Errors.Select(e => e.FullyQualifiedErrorId.Split(',')[0]));
            Assert.Contains($"names process {bystander.Id}, which is not an AzBatchJobs emulator; nothing was stopped.", result.Errors[0].ToString());
            Assert.Contains("runs inside this process", result.Errors[1].ToString());
            Assert.False(bystander.HasExited);
        }
        finally
        {
            bystander.Kill();
            liar.Stop();
        }
    }

    /// <summary>Starts an emulator in a runspace that closes right after; returns its process id and port.</summary>
    private (int ProcessId, int Port) StartInOwnRunspace(string parameters)
    {
        var result = _shell.RunUnconnected($"Start-BatchEmulator {parameters} -NoDefault").AssertSucceeded();
        var emulator = result.Output.Single();
        return ((int)emulator.Properties["ProcessId"].Value, (int)emulator.Properties["Port"].Value);
    }

    private static string ModuleEmulatorDll =>
        Path.Combine(Path.GetDirectoryName(AzBatchJobs.Tests.Static.ModuleMetadata.ModuleManifest)!, "emulator", "AzBatchJobs.Emulator.dll");

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
