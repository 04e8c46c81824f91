using System.Text;

namespace AzBatchJobs.HelpWriter;

/// <summary>
/// One cmdlet's help as written in module/help/Verb-Noun.md: Synopsis, Description, Parameters
/// (### Name per parameter), Examples (### title, a ```powershell block, remarks) and Notes.
/// </summary>
public sealed class HelpSource
{
    public string Name { get; private init; } = "";
    public string Synopsis { get; private set; } = "";
    public List<string> Description { get; } = new();
    public Dictionary<string, List<string>> Parameters { get; } = new(StringComparer.OrdinalIgnoreCase);
    public List<HelpExample> Examples { get; } = new();
    public List<string> Notes { get; } = new();

    /// <summary>Reads folder/Verb-Noun.md; a cmdlet without one gets empty help (the help tests name it).</summary>
    public static HelpSource Load(string folder, string cmdletName)
    {
        var path = Path.Combine(folder, cmdletName + ".md");
        var lines = File.Exists(path) ? File.ReadAllLines(path) : Array.Empty<string>();
        var help = new HelpSource { Name = cmdletName };
        string section = "", heading = "";
        var text = new StringBuilder();
        HelpExample? example = null;
        var inCode = false;
        foreach (var line in lines)
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inCode = !inCode;
                continue;
            }
            if (inCode)
            {
                example?.Code.Add(line);
                continue;
            }
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                section = line[3..].Trim();
                heading = "";
                continue;
            }
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                heading = line[4..].Trim();
                if (section == "Parameters") help.Parameters[heading] = new List<string>();
                if (section == "Examples") help.Examples.Add(example = new HelpExample(heading));
                continue;
            }
            if (line.StartsWith("# ", StringComparison.Ordinal)) continue;
            var target = section switch
            {
                "Synopsis" => null,
                "Description" => help.Description,
                "Parameters" when heading.Length > 0 => help.Parameters[heading],
                "Examples" when example is not null => example.Remarks,
                "Notes" => help.Notes,
                _ => null,
            };
            if (section == "Synopsis" && line.Trim().Length > 0) help.Synopsis = (help.Synopsis + " " + line.Trim()).Trim();
            else if (target is not null) AddParagraphLine(target, line);
        }
        return help;
    }

    // Consecutive non-blank lines form one paragraph.
    private static void AddParagraphLine(List<string> paragraphs, string line)
    {
        if (line.Trim().Length == 0)
        {
            if (paragraphs.Count > 0 && paragraphs[^1].Length > 0) paragraphs.Add("");
            return;
        }
        if (paragraphs.Count == 0 || paragraphs[^1].Length == 0)
        {
            if (paragraphs.Count > 0) paragraphs.RemoveAt(paragraphs.Count - 1);
            paragraphs.Add(line.Trim());
        }
        else
        {
            paragraphs[^1] += " " + line.Trim();
        }
    }
}

public sealed class HelpExample
{
    public HelpExample(string title) => Title = title;

    public string Title { get; }
    public List<string> Code { get; } = new();
    public List<string> Remarks { get; } = new();
}
