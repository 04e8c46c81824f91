using System.Management.Automation;
using System.Security;
using AzBatchJobs.Cmdlets;
using AzBatchJobs.Emulator;
using AzBatchJobs.Tests.Harness;

namespace AzBatchJobs.Tests.Behaviour;

/// <summary>One in-process emulator per test class, and a context connected to it with Shared Key.</summary>
public class EmulatorFixture : IAsyncLifetime
{
    private BatchEmulator? _emulator;

    public BatchAccountContext Context { get; private set; } = null!;

    public BatchEmulator Emulator => _emulator!;

    public async Task InitializeAsync()
    {
        _emulator = await BatchEmulator.StartAsync(Options());
        var connect = CmdletRunner<ConnectBatchAccountCommand>.Run(new Dictionary<string, object?>
        {
            ["Endpoint"] = _emulator.Endpoint,
            ["AccountName"] = _emulator.AccountName,
            ["AccountKey"] = Secure(_emulator.AccountKey),
            ["NoDefault"] = SwitchParameter.Present,
        }).AssertSucceeded();
        Context = Assert.IsType<BatchAccountContext>(Assert.Single(connect.Output));
    }

    /// <summary>The emulator's settings: in memory, on a free port.</summary>
    protected virtual EmulatorOptions Options() => new() { Port = 0, InMemory = true };

    public async Task DisposeAsync()
    {
        if (_emulator is not null) await _emulator.DisposeAsync();
    }

    public static SecureString Secure(string text)
    {
        var secure = new SecureString();
        foreach (var c in text) secure.AppendChar(c);
        secure.MakeReadOnly();
        return secure;
    }

    /// <summary>Runs a cmdlet against this emulator: -Context is added to the given parameters.</summary>
    public RunResult Run<T>(Dictionary<string, object?> parameters, IEnumerable<object?>? input = null, RunSettings? settings = null)
        where T : PSCmdlet, new()
    {
        parameters["Context"] = Context;
        return CmdletRunner<T>.Run(parameters, input, settings);
    }

    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 64)];
}
