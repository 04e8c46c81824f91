using System.Management.Automation;

namespace AzBatchJobs.Tests.Harness;

/// <summary>The preferences and common parameters of one run.</summary>
public sealed class RunSettings
{
    public bool WhatIf { get; init; }

    /// <summary>-Confirm (true), -Confirm:$false (false), or neither (null).</summary>
    public bool? Confirm { get; init; }

    public ConfirmImpact ConfirmPreference { get; init; } = ConfirmImpact.High;

    /// <summary>The user's answer to a confirmation prompt; null means a non-interactive host.</summary>
    public Func<string, bool>? ConfirmResponder { get; init; }

    public bool ErrorActionStop { get; init; }

    /// <summary>PowerShell's current location, against which relative paths resolve.</summary>
    public string? Location { get; init; }

    public Dictionary<string, object?> Variables { get; init; } = new(StringComparer.OrdinalIgnoreCase);
}
