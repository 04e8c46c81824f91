using System;
using System.Collections.Generic;
using System.Linq;

namespace AzBatchJobs.Client.Definitions;

/// <summary>
/// A JSON definition (a job, a task, an item of a task file) that cannot be sent: each line of the message
/// names the input, the item and the JSON path, and the rule, as in
/// <c>tasks.json: [17].resourceFiles[0].filePath: expected a string, found a number.</c>
/// </summary>
public sealed class BatchJsonInputException : ArgumentException
{
    private readonly string _message;

    public BatchJsonInputException(string inputName, string? location, string? itemId, IReadOnlyList<BatchJsonProblem> problems)
        : base(null, problems.Count == 0 ? null : Where(location, problems[0].Path))
    {
        if (problems.Count == 0) throw new ArgumentException("At least one problem is required.", nameof(problems));
        InputName = inputName;
        Location = location;
        ItemId = itemId;
        Problems = problems;
        _message = string.Join(Environment.NewLine, problems.Select(Line));
    }

    /// <summary>What was read: the file name as given, or a description such as "-Json".</summary>
    public string InputName { get; }

    /// <summary>The item in a file of many: <c>[17]</c> (an array element) or <c>line 17</c> (JSON Lines); null for a single definition.</summary>
    public string? Location { get; }

    /// <summary>The item's id, when it has one that could be read.</summary>
    public string? ItemId { get; }

    public IReadOnlyList<BatchJsonProblem> Problems { get; }

    /// <summary>One line per problem, without the "(Parameter ...)" suffix of ArgumentException.</summary>
    public override string Message => _message;

    private string Line(BatchJsonProblem problem)
    {
        var where = Where(Location, problem.Path);
        if (where.Length == 0) return $"{InputName}: {problem.Rule}";
        return problem.PathIsSubject ? $"{InputName}: {where} {problem.Rule}" : $"{InputName}: {where}: {problem.Rule}";
    }

    private static string Where(string? location, string path)
    {
        if (string.IsNullOrEmpty(location)) return path;
        if (path.Length == 0) return location!;
        return location!.StartsWith("[", StringComparison.Ordinal) ? $"{location}.{path}" : $"{location}: {path}";
    }
}
