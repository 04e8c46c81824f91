using System.Management.Automation;

namespace AzBatchJobs.Cmdlets;

/// <summary>
/// How Get-BatchTask finds the tasks one -Id names: a plain id is read directly; an id with wildcards is a
/// listing, filtered by the service on the text before the first wildcard (startswith, which the service
/// supports on task ids) and matched here on the rest. A -Filter is combined with either.
/// </summary>
internal sealed class TaskIdQuery
{
    private static readonly char[] WildcardStart = { '*', '?', '[', '`' };

    private TaskIdQuery(string? filter, WildcardPattern? pattern, bool isSingleTask)
    {
        Filter = filter;
        Pattern = pattern;
        IsSingleTask = isSingleTask;
    }

    /// <summary>True when the id is read directly (GET), with no listing.</summary>
    public bool IsSingleTask { get; }

    /// <summary>The $filter of the listing.</summary>
    public string? Filter { get; }

    /// <summary>What the listed ids must match, when the id has wildcards.</summary>
    public WildcardPattern? Pattern { get; }

    public static TaskIdQuery For(string id, string? userFilter)
    {
        if (string.IsNullOrWhiteSpace(userFilter)) userFilter = null;
        if (!WildcardPattern.ContainsWildcardCharacters(id))
        {
            return userFilter is null
                ? new TaskIdQuery(null, null, isSingleTask: true)
                : new TaskIdQuery(And(userFilter, $"id eq {Literal(id)}"), null, isSingleTask: false);
        }
        var end = id.IndexOfAny(WildcardStart);
        var prefix = end < 0 ? id : id.Substring(0, end);
        var filter = prefix.Length == 0 ? userFilter : And(userFilter, $"startswith(id, {Literal(prefix)})");
        return new TaskIdQuery(filter, new WildcardPattern(id, WildcardOptions.IgnoreCase), isSingleTask: false);
    }

    private static string And(string? left, string right) => left is null ? right : $"({left}) and {right}";

    private static string Literal(string text) => "'" + text.Replace("'", "''") + "'";
}
