namespace AzBatchJobs.Client.Definitions;

/// <summary>One thing wrong with a JSON definition: where (a JSON path inside the item) and the rule it breaks.</summary>
public sealed class BatchJsonProblem
{
    public BatchJsonProblem(string path, string rule, bool pathIsSubject = false)
    {
        Path = path;
        Rule = rule;
        PathIsSubject = pathIsSubject;
    }

    /// <summary>The JSON path inside the item, e.g. <c>resourceFiles[0].filePath</c>; empty for the item as a whole.</summary>
    public string Path { get; }

    /// <summary>What is wrong, e.g. <c>expected a string, found a number.</c></summary>
    public string Rule { get; }

    /// <summary>The rule is the rest of a sentence whose subject is the path ("commandLine" + "is required.").</summary>
    public bool PathIsSubject { get; }
}
