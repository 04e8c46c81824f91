using System.Xml;
using System.Xml.Linq;

namespace AzBatchJobs.Tests.Static;

/// <summary>Generates AzBatchJobs.dll-Help.xml from the markdown sources and the built module's parameters.</summary>
public static class MamlWriter
{
    private static readonly XNamespace Msh = "http://msh";
    private static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
    private static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    private static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";

    public static string MamlPath => Path.Combine(ModuleMetadata.RepositoryRoot, "module", "en-US", "AzBatchJobs.dll-Help.xml");

    public static string Generate(IEnumerable<CmdletInfo> cmdlets)
    {
        var root = new XElement(Msh + "helpItems", new XAttribute("schema", "maml"),
            new XAttribute(XNamespace.Xmlns + "maml", Maml),
            new XAttribute(XNamespace.Xmlns + "command", Command),
            new XAttribute(XNamespace.Xmlns + "dev", Dev),
            cmdlets.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => CommandElement(c, HelpSource.Load(c.Name))));
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", Encoding = new System.Text.UTF8Encoding(false) };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings)) new XDocument(new XDeclaration("1.0", "utf-8", null), root).Save(writer);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static XElement CommandElement(CmdletInfo cmdlet, HelpSource help) =>
        new(Command + "command",
            new XElement(Command + "details",
                new XElement(Command + "name", cmdlet.Name),
                Paragraphs(new[] { help.Synopsis }),
                new XElement(Command + "verb", cmdlet.Verb),
                new XElement(Command + "noun", cmdlet.Noun)),
            Paragraphs(help.Description),
            new XElement(Command + "syntax", cmdlet.ParameterSets.OrderBy(s => s, StringComparer.Ordinal).Select(set =>
                new XElement(Command + "syntaxItem",
                    new XElement(Maml + "name", cmdlet.Name),
                    cmdlet.ParametersIn(set).OrderBy(p => Order(p.In(set)!)).ThenBy(p => p.Name, StringComparer.Ordinal)
                        .Select(p => ParameterElement(p, p.In(set)!, help, withDescription: false))))),
            new XElement(Command + "parameters", cmdlet.Parameters.OrderBy(p => p.Name, StringComparer.Ordinal)
                .Select(p => ParameterElement(p, p.Sets.Values.First(), help, withDescription: true))),
            new XElement(Command + "inputTypes", InputTypes(cmdlet).Select(t =>
                new XElement(Command + "inputType", new XElement(Dev + "type", new XElement(Maml + "name", t))))),
            new XElement(Command + "returnValues", cmdlet.OutputTypes.Select(t =>
                new XElement(Command + "returnValue", new XElement(Dev + "type", new XElement(Maml + "name", t.FullName))))),
            new XElement(Maml + "alertSet", new XElement(Maml + "alert", Paragraphs(help.Notes).Elements())),
            new XElement(Command + "examples", help.Examples.Select((e, i) =>
                new XElement(Command + "example",
                    new XElement(Maml + "title", $"-------------------------- Example {i + 1}: {e.Title} --------------------------"),
                    new XElement(Dev + "code", string.Join("\n", e.Code)),
                    new XElement(Dev + "remarks", Paragraphs(e.Remarks).Elements())))),
            new XElement(Command + "relatedLinks",
                new XElement(Maml + "navigationLink", new XElement(Maml + "linkText", "about_AzBatchJobs"))));

    private static XElement ParameterElement(ParameterInfo parameter, ParameterSetEntry entry, HelpSource help, bool withDescription)
    {
        var typeName = ShortTypeName(parameter.TypeName);
        var isSwitch = typeName == "SwitchParameter";
        var element = new XElement(Command + "parameter",
            new XAttribute("required", entry.Mandatory ? "true" : "false"),
            new XAttribute("variableLength", "true"),
            new XAttribute("globbing", "false"),
            new XAttribute("pipelineInput", PipelineInput(parameter)),
            new XAttribute("position", entry.Position >= 0 ? entry.Position.ToString(System.Globalization.CultureInfo.InvariantCulture) : "named"),
            new XAttribute("aliases", parameter.Aliases.Count == 0 ? "none" : string.Join(", ", parameter.Aliases)),
            new XElement(Maml + "name", parameter.Name));
        if (withDescription)
            element.Add(Paragraphs(help.Parameters.TryGetValue(parameter.Name, out var text) ? text : new List<string>()));
        element.Add(new XElement(Command + "parameterValue", new XAttribute("required", isSwitch ? "false" : "true"), new XAttribute("variableLength", "false"), typeName));
        if (withDescription)
            element.Add(new XElement(Dev + "type", new XElement(Maml + "name", parameter.TypeName)));
        return element;
    }

    private static IEnumerable<string> InputTypes(CmdletInfo cmdlet)
    {
        var types = cmdlet.Parameters.Where(p => p.Sets.Values.Any(e => e.ValueFromPipeline)).Select(p => p.TypeName).ToList();
        if (cmdlet.Parameters.Any(p => p.Sets.Values.Any(e => e.ValueFromPipelineByPropertyName))) types.Add("System.Management.Automation.PSObject");
        return types.Count == 0 ? new[] { "None" } : types.Distinct();
    }

    private static string PipelineInput(ParameterInfo parameter)
    {
        var kinds = new List<string>();
        if (parameter.Sets.Values.Any(e => e.ValueFromPipeline)) kinds.Add("ByValue");
        if (parameter.Sets.Values.Any(e => e.ValueFromPipelineByPropertyName)) kinds.Add("ByPropertyName");
        return kinds.Count == 0 ? "False" : $"True ({string.Join(", ", kinds)})";
    }

    private static int Order(ParameterSetEntry entry) => entry.Position >= 0 ? entry.Position : int.MaxValue;

    private static string ShortTypeName(string fullName)
    {
        const string nullable = "System.Nullable`1[[";
        if (fullName.StartsWith(nullable, StringComparison.Ordinal)) fullName = fullName[nullable.Length..].Split(',')[0];
        return fullName[(fullName.LastIndexOf('.') + 1)..];
    }

    private static XElement Paragraphs(IEnumerable<string> paragraphs) =>
        new(Maml + "description", paragraphs.Where(p => p.Length > 0).Select(p => new XElement(Maml + "para", p)));
}
