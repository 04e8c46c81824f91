using System.Management.Automation;

namespace AzBatchJobs.Tests.Harness;

/// <summary>What a user would see from one pipeline run: the streams, and the terminating error if any.</summary>
public sealed class RunResult
{
    public List<object?> Output { get; } = new();
    public List<ErrorRecord> Errors { get; } = new();
    public List<string> Verbose { get; } = new();
    public List<string> Debug { get; } = new();
    public List<string> Warnings { get; } = new();

    /// <summary>Warning lines written straight to the host (they bypass the pipeline).</summary>
    public List<string> HostWarnings { get; } = new();
    public List<ProgressRecord> Progress { get; } = new();
    public List<string> WhatIf { get; } = new();
    public List<string> Prompts { get; } = new();
    public List<string> ParameterSets { get; } = new();
    public ErrorRecord? TerminatingError { get; internal set; }

    public IEnumerable<T> OutputOf<T>() => Output.OfType<T>();

    /// <summary>Fails the test with the terminating error's text, so a broken run says why.</summary>
    public RunResult AssertSucceeded()
    {
        if (TerminatingError is not null)
            throw new Xunit.Sdk.XunitException($"Terminating error {TerminatingError.FullyQualifiedErrorId}: {TerminatingError}\n{TerminatingError.Exception}");
        if (Errors.Count > 0)
            throw new Xunit.Sdk.XunitException("Errors: " + string.Join("\n", Errors.Select(e => $"{e.FullyQualifiedErrorId}: {e}")));
        return this;
    }
}
