using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace AzBatchJobs;

/// <summary>What every completer of the module shares: reading the typed word and writing the results.</summary>
internal static class Completions
{
    /// <summary>The word typed so far, without its quotes and a trailing wildcard.</summary>
    public static string Prefix(string? wordToComplete) =>
        (wordToComplete ?? string.Empty).Trim('\'', '"').TrimEnd('*');

    /// <summary>The values that start with the prefix (case-insensitive), quoted where PowerShell would misread them.</summary>
    public static IEnumerable<CompletionResult> Matching(IEnumerable<string> values, string prefix) =>
        values.Where(v => v.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .Select(v => new CompletionResult(Quoted(v), v, CompletionResultType.ParameterValue, v));

    // An id may start with a hyphen, which PowerShell would take for a parameter name.
    private static string Quoted(string value) =>
        value.Length > 0 && (value[0] == '-' || value.Any(char.IsWhiteSpace)) ? "'" + value.Replace("'", "''") + "'" : value;
}
