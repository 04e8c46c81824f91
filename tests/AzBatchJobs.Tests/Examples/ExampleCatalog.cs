using System.Text.RegularExpressions;
using AzBatchJobs.HelpWriter;

namespace AzBatchJobs.Tests.Examples;

/// <summary>
/// Every PowerShell example a user can read: the README's "From PowerShell" section, each cmdlet's help
/// (module/help/*.md) and about_AzBatchJobs (lines indented by eight spaces or more form one example).
/// </summary>
public static class ExampleCatalog
{
    public static IReadOnlyList<DocumentedExample> All() => Readme().Concat(CmdletHelp()).Concat(AboutTopic()).ToList();

    private static IEnumerable<DocumentedExample> Readme()
    {
        var lines = File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, "README.md"));
        var start = Array.IndexOf(lines, "## From PowerShell");
        var end = Array.FindIndex(lines, start + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
        var blocks = FencedBlocks(lines[start..(end < 0 ? lines.Length : end)], "```powershell").ToList();
        return blocks.Select((code, i) => new DocumentedExample("README.md", blocks.Count == 1 ? "From PowerShell" : $"From PowerShell {i + 1}", code));
    }

    private static IEnumerable<DocumentedExample> CmdletHelp() =>
        Directory.GetFiles(TestPaths.HelpSources, "*.md").Order(StringComparer.Ordinal)
            .SelectMany(file => HelpSource.Load(TestPaths.HelpSources, Path.GetFileNameWithoutExtension(file)).Examples
                .Select(e => new DocumentedExample(Path.GetFileName(file), e.Title, string.Join("\n", e.Code))));

    private static IEnumerable<DocumentedExample> AboutTopic()
    {
        var section = "";
        var counts = new Dictionary<string, int>();
        var block = new List<string>();
        foreach (var line in File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, "module", "en-US", "about_AzBatchJobs.help.txt")).Append(""))
        {
            if (line.StartsWith("        ", StringComparison.Ordinal))
            {
                block.Add(line.Trim());
                continue;
            }
            if (block.Count > 0)
            {
                counts[section] = counts.GetValueOrDefault(section) + 1;
                yield return new DocumentedExample("about_AzBatchJobs", $"{section} {counts[section]}", string.Join("\n", block));
                block.Clear();
            }
            if (Regex.IsMatch(line, "^  [A-Z][A-Z ]+$")) section = line.Trim();
        }
    }

    private static IEnumerable<string> FencedBlocks(IEnumerable<string> lines, string opening)
    {
        List<string>? block = null;
        foreach (var line in lines)
        {
            if (block is null && line.Trim() == opening) block = new List<string>();
            else if (block is not null && line.Trim() == "```")
            {
                yield return string.Join("\n", block);
                block = null;
            }
            else block?.Add(line);
        }
    }
}
