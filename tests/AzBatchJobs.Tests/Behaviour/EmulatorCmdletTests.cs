using System.Management.Automation;
using System.Reflection;
using AzBatchJobs.Cmdlets;
using AzBatchJobs.Tests.Harness;

namespace AzBatchJobs.Tests.Behaviour;

[Collection("Session")]
public sealed class EmulatorCmdletTests
{
    private static string EmulatorDll => Path.GetFullPath(typeof(EmulatorCmdletTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "EmulatorAssembly").Value!);

    [Fact]
    public void Start_BatchEmulator_runs_the_emulator_process_and_Stop_BatchEmulator_ends_it()
    {
        var start = CmdletRunner<StartBatchEmulatorCommand>.Run(new Dictionary<string, object?>
        {
            ["EmulatorPath"] = EmulatorDll,
            ["InMemory"] = SwitchParameter.Present,
        });
        start.AssertSucceeded();
        var emulator = Assert.IsType<BatchEmulatorProcess>(Assert.Single(start.Output));
        try
        {
            Assert.True(emulator.Endpoint.IsLoopback);
            Assert.Same(emulator.Context, BatchSession.Default);
            var id = EmulatorFixture.NewId("proc");
            CmdletRunner<NewBatchJobCommand>.Run(new Dictionary<string, object?> { ["Id"] = id, ["PoolId"] = "p" }).AssertSucceeded();
        }
        finally
        {
            CmdletRunner<StopBatchEmulatorCommand>.Run(new Dictionary<string, object?>(), new object?[] { emulator }).AssertSucceeded();
        }
        Assert.Null(BatchSession.Default);
        Assert.Throws<ArgumentException>(() => System.Diagnostics.Process.GetProcessById(emulator.ProcessId));
    }

    [Fact]
    public void Start_BatchEmulator_names_the_missing_emulator()
    {
        var result = CmdletRunner<StartBatchEmulatorCommand>.Run(new Dictionary<string, object?> { ["EmulatorPath"] = "/nonexistent/AzBatchJobs.Emulator.dll" });
        Assert.StartsWith("BatchEmulatorNotFound,", result.TerminatingError?.FullyQualifiedErrorId);
        Assert.Contains("/nonexistent/AzBatchJobs.Emulator.dll", result.TerminatingError!.ToString());
    }

    [Fact]
    public void Stop_BatchEmulator_refuses_a_process_it_did_not_start()
    {
        var result = CmdletRunner<StopBatchEmulatorCommand>.Run(new Dictionary<string, object?> { ["ProcessId"] = new[] { Environment.ProcessId } });
        Assert.StartsWith("BatchEmulatorNotStartedHere,", Assert.Single(result.Errors).FullyQualifiedErrorId);
    }
}
