using System.Management.Automation;
using System.Management.Automation.Runspaces;
using AzBatchJobs.Emulator;
using AzBatchJobs.Tests.Static;

namespace AzBatchJobs.Tests.Shell;

/// <summary>
/// Real PowerShell against an in-process emulator: every script runs in a fresh runspace
/// (InitialSessionState.CreateDefault2 with the built module imported) whose session is connected
/// to this emulator, so tests read as what a user types. The module keeps its default connection
/// per process, so the tests of this project run one at a time (xunit.runner.json).
/// </summary>
public class BatchShell : IAsyncLifetime
{
    private InitialSessionState? _sessionState;

    public BatchEmulator Emulator { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Emulator = await BatchEmulator.StartAsync(Options());
        _sessionState = InitialSessionState.CreateDefault2();
        _sessionState.ImportPSModule(new[] { ModuleMetadata.ModuleManifest });
    }

    /// <summary>The emulator's settings: in memory, on a free port, two slots.</summary>
    protected virtual EmulatorOptions Options() => new() { Port = 0, InMemory = true, Slots = 2 };

    public virtual async Task DisposeAsync()
    {
        if (Emulator is not null) await Emulator.DisposeAsync();
    }

    /// <summary>
    /// Runs the script in a new runspace connected to the emulator (Connect-BatchAccount, its
    /// output discarded); the given variables are set first. `$emulator` holds the endpoint,
    /// account and key for scripts that connect on their own.
    /// </summary>
    public ShellResult Run(string script, params (string Name, object? Value)[] variables) =>
        RunIn(script, connect: true, null, variables);

    /// <summary>Runs the script in a new runspace with no connection made.</summary>
    public ShellResult RunUnconnected(string script, params (string Name, object? Value)[] variables) =>
        RunIn(script, connect: false, null, variables);

    /// <summary>
    /// Runs the script (connected) while <paramref name="whileRunning"/> runs on this thread with the running
    /// PowerShell and its output so far, and may Stop() it as Ctrl+C does. The runspace has a host, whose
    /// UI lines (what a console shows when the pipeline takes nothing more) are in HostLines.
    /// </summary>
    public ShellResult RunWhile(string script, Action<PowerShell, PSDataCollection<PSObject>> whileRunning, params (string Name, object? Value)[] variables) =>
        RunIn(script, connect: true, whileRunning, variables);

    /// <summary>Runs the script as <see cref="Run"/> does and stops it after <paramref name="stopAfter"/>, as Ctrl+C does.</summary>
    public ShellResult RunAndStop(string script, TimeSpan stopAfter, params (string Name, object? Value)[] variables) =>
        RunWhile(script, (shell, _) =>
        {
            if (shell.InvocationStateInfo.State == PSInvocationState.Running && !SpinWait.SpinUntil(() => shell.InvocationStateInfo.State != PSInvocationState.Running, stopAfter))
                shell.Stop();
        }, variables);

    private ShellResult RunIn(string script, bool connect, Action<PowerShell, PSDataCollection<PSObject>>? whileRunning, (string Name, object? Value)[] variables)
    {
        var host = whileRunning is null ? null : new ShellHost();
        using var runspace = host is null ? RunspaceFactory.CreateRunspace(_sessionState!) : RunspaceFactory.CreateRunspace(host, _sessionState!);
        runspace.Open();
        runspace.SessionStateProxy.SetVariable("emulator", new EmulatorInfo(Emulator.Endpoint.ToString().TrimEnd('/'), Emulator.AccountName, Emulator.AccountKey));
        foreach (var (name, value) in variables) runspace.SessionStateProxy.SetVariable(name, value);
        using var shell = PowerShell.Create(runspace);
        if (connect)
        {
            shell.AddScript("$null = Connect-BatchAccount -Endpoint $emulator.Endpoint -AccountName $emulator.Account -AccountKey (ConvertTo-SecureString $emulator.Key -AsPlainText -Force)").Invoke();
            Assert.False(shell.HadErrors, "Connect-BatchAccount failed: " + string.Join("\n", shell.Streams.Error));
            shell.Commands.Clear();
        }
        shell.AddScript(script);
        // Collected as it is written, so what came out before a terminating error is kept.
        var output = new PSDataCollection<PSObject>();
        ErrorRecord? terminating = null;
        try
        {
            if (whileRunning is null)
            {
                shell.Invoke(null, output);
            }
            else
            {
                var running = shell.BeginInvoke<PSObject, PSObject>(null, output);
                whileRunning(shell, output);
                shell.EndInvoke(running);
            }
        }
        catch (RuntimeException e)
        {
            terminating = e.ErrorRecord;
        }
        return new ShellResult
        {
            Output = output.ToList(),
            Errors = shell.Streams.Error.ToList(),
            Warnings = shell.Streams.Warning.ToList(),
            Verbose = shell.Streams.Verbose.ToList(),
            Debug = shell.Streams.Debug.ToList(),
            Information = shell.Streams.Information.ToList(),
            Progress = shell.Streams.Progress.ToList(),
            TerminatingError = terminating,
            HostLines = host?.Lines.ToList() ?? [],
        };
    }

    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 64)];

    /// <summary>What a script sees as `$emulator`.</summary>
    public sealed record EmulatorInfo(string Endpoint, string Account, string Key);
}
