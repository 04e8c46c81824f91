using System.Management.Automation;

namespace AzBatchJobs.Tests.Shell;

/// <summary>What a script run in a runspace produced, stream by stream, as a user's console would show it.</summary>
public sealed class ShellResult
{
    public required IReadOnlyList<PSObject> Output { get; init; }
    public required IReadOnlyList<ErrorRecord> Errors { get; init; }
    public required IReadOnlyList<WarningRecord> Warnings { get; init; }
    public required IReadOnlyList<VerboseRecord> Verbose { get; init; }
    public required IReadOnlyList<DebugRecord> Debug { get; init; }
    public required IReadOnlyList<InformationRecord> Information { get; init; }
    public required IReadOnlyList<ProgressRecord> Progress { get; init; }

    /// <summary>Lines written to the host's UI (BatchShell.RunWhile only), e.g. "WARNING: ..." after a stop.</summary>
    public IReadOnlyList<string> HostLines { get; init; } = [];

    /// <summary>The error that stopped the script (a terminating error, or -ErrorAction Stop), if one did.</summary>
    public ErrorRecord? TerminatingError { get; init; }

    /// <summary>The base objects of the output, as a script's `$result` would hold them.</summary>
    public IEnumerable<object> Objects => Output.Select(o => o.BaseObject);

    /// <summary>Fails with the errors' text when the script wrote any error or stopped.</summary>
    public ShellResult AssertSucceeded()
    {
        var problems = Errors.Select(e => $"{e.FullyQualifiedErrorId}: {e}").ToList();
        if (TerminatingError is not null) problems.Add($"terminating {TerminatingError.FullyQualifiedErrorId}: {TerminatingError}");
        Assert.True(problems.Count == 0, "The script failed:\n" + string.Join("\n", problems));
        return this;
    }

    /// <summary>The single output object, of the expected type.</summary>
    public T Single<T>() => Assert.IsAssignableFrom<T>(Assert.Single(Output).BaseObject);

    /// <summary>The text of the output objects, one per line (strings stay as they are).</summary>
    public IReadOnlyList<string> Lines => Output.Select(o => o.BaseObject?.ToString() ?? string.Empty).ToList();

    /// <summary>A property of each output object, read as PowerShell reads it (adapted and extended properties included).</summary>
    public IReadOnlyList<object?> Property(string name) => Output.Select(o => o.Properties[name]?.Value).ToList();
}
