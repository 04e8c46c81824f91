using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Text.RegularExpressions;

namespace AzBatchJobs;

/// <summary>
/// The client names a bad field as it calls it (job.Id, jobId, job.PoolInfo, update.Priority); the user typed a
/// cmdlet's parameters (-Id, -JobId, -PoolId, -Priority). The one place that says the first in terms of the second.
/// </summary>
internal static class ParameterNames
{
    // Client fields whose parameter has another name, best first; the rest are found by name.
    private static readonly Dictionary<string, string[]> Renamed = new(StringComparer.Ordinal)
    {
        ["jobId"] = new[] { "JobId", "Id" },
        ["taskId"] = new[] { "TaskId", "Id" },
        ["filePath"] = new[] { "Path" },
        ["job.PoolInfo"] = new[] { "PoolId", "PoolInfo" },
        ["clientId"] = new[] { "ClientId", "Credential" },
        ["clientSecret"] = new[] { "Credential" },
        ["certificate"] = new[] { "CertificateThumbprint", "CertificatePath" },
    };

    // The object a client method takes, which a cmdlet spreads over its parameters.
    private static readonly Regex Root = new(@"^(?<root>job|task|update|tasks\[\d+\])\.(?<rest>.+)$", RegexOptions.CultureInvariant);

    /// <summary>The field as a parameter of the running cmdlet, preferring those the user gave.</summary>
    public static string For(string field, InvocationInfo invocation) =>
        For(field, invocation.BoundParameters.Keys, invocation.MyCommand.Parameters.Keys);

    /// <summary>"-Parameter" (with the rest of a nested path, as in -JobManagerTask.Id), or the field unchanged when no parameter matches.</summary>
    /// <param name="bound">The parameters the user gave, preferred when several could match.</param>
    /// <param name="all">Every parameter of the cmdlet.</param>
    public static string For(string field, ICollection<string> bound, ICollection<string> all)
    {
        string? Pick(IEnumerable<string> candidates) =>
            candidates.FirstOrDefault(c => bound.Contains(c, StringComparer.OrdinalIgnoreCase))
            ?? candidates.FirstOrDefault(c => all.Contains(c, StringComparer.OrdinalIgnoreCase));

        foreach (var pair in Renamed.Where(p => field == p.Key || field.StartsWith(p.Key + ".", StringComparison.Ordinal)))
        {
            if (Pick(pair.Value) is { } renamed) return "-" + renamed + field.Substring(pair.Key.Length);
        }
        var root = Root.Match(field);
        var path = root.Success ? root.Groups["rest"].Value : field;
        var head = path.Split('.')[0];
        if (Pick(new[] { Capitalized(head) }) is { } parameter) return "-" + parameter + path.Substring(head.Length);
        if (root.Success && Pick(new[] { Capitalized(root.Groups["root"].Value) }) is { } whole) return "-" + whole + "." + path;
        return field;
    }

    private static string Capitalized(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name.Substring(1);
}
