using System;
using System.Linq;
using System.Management.Automation;
using AzBatchJobs.Client;

namespace AzBatchJobs.Cmdlets;

/// <summary>
/// An -Id with wildcards (of jobs or job schedules): the service lists those whose id starts with the literal text before the
/// first wildcard (OData startswith), and the whole pattern is matched here, case-insensitively as ids are.
/// </summary>
internal sealed class JobIdPattern
{
    private readonly WildcardPattern _pattern;

    private JobIdPattern(string pattern)
    {
        _pattern = WildcardPattern.Get(pattern, WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant);
        Filter = LiteralPrefix(pattern) is { Length: > 0 } prefix ? $"startswith(id,'{prefix.Replace("'", "''")}')" : null;
    }

    /// <summary>The pattern for an id with wildcard characters, or null for a plain id.</summary>
    public static JobIdPattern? TryCreate(string id) => WildcardPattern.ContainsWildcardCharacters(id) ? new JobIdPattern(id) : null;

    /// <summary>The server-side $filter, or null when the pattern starts with a wildcard.</summary>
    public string? Filter { get; }

    public bool IsMatch(string? id) => id is not null && _pattern.IsMatch(id);

    /// <summary>The listing to match against: the server-side filter, and a $select that keeps the id.</summary>
    public BatchListOptions ListOptions(string[]? select, string[]? expand) =>
        ListParameters.Create(Filter, select is null ? null : new[] { "id" }.Concat(select).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(), expand, null);

    // The text before the first unescaped *, ? or [, with the backtick escapes removed.
    private static string LiteralPrefix(string pattern)
    {
        var prefix = new System.Text.StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '`' && i + 1 < pattern.Length) prefix.Append(pattern[++i]);
            else if (c is '*' or '?' or '[') break;
            else prefix.Append(c);
        }
        return prefix.ToString();
    }
}
