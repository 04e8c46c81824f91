using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace AzBatchJobs.HelpWriter;

/// <summary>
/// Writes AzBatchJobs.dll-Help.xml from the markdown sources and the built module's parameters. The syntax
/// reads as Get-Command's: each set's parameters by position, then mandatory, then in declaration order,
/// with -WhatIf and -Confirm where the cmdlet supports ShouldProcess (PowerShell adds [&lt;CommonParameters&gt;]).
/// </summary>
public static class MamlWriter
{
    private static readonly XNamespace Msh = "http://msh";
    private static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
    private static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    private static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";

    private static readonly Dictionary<string, string> ShouldProcessHelp = new(StringComparer.Ordinal)
    {
        ["WhatIf"] = "Shows what would happen if the cmdlet runs. The cmdlet is not run.",
        ["Confirm"] = "Prompts you for confirmation before running the cmdlet.",
    };

    // The names Get-Command shows for these types.
    private static readonly Dictionary<string, string> TypeAccelerators = new(StringComparer.Ordinal)
    {
        ["System.String"] = "string", ["System.Int32"] = "int", ["System.Int64"] = "long", ["System.Boolean"] = "bool",
        ["System.Double"] = "double", ["System.Uri"] = "uri", ["System.TimeSpan"] = "timespan", ["System.DateTime"] = "datetime",
        ["System.Object"] = "Object", ["System.Collections.Hashtable"] = "hashtable", ["System.Security.SecureString"] = "securestring",
        ["System.Management.Automation.PSCredential"] = "pscredential", ["System.Management.Automation.PSObject"] = "psobject", ["System.Management.Automation.ScriptBlock"] = "scriptblock",
    };

    public static string Generate(IEnumerable<CmdletInfo> cmdlets, string helpFolder)
    {
        var root = new XElement(Msh + "helpItems", new XAttribute("schema", "maml"),
            new XAttribute(XNamespace.Xmlns + "maml", Maml),
            new XAttribute(XNamespace.Xmlns + "command", Command),
            new XAttribute(XNamespace.Xmlns + "dev", Dev),
            cmdlets.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => CommandElement(c, HelpSource.Load(helpFolder, c.Name))));
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", Encoding = new UTF8Encoding(false) };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings)) new XDocument(new XDeclaration("1.0", "utf-8", null), root).Save(writer);
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static XElement CommandElement(CmdletInfo cmdlet, HelpSource help) =>
        new(Command + "command",
            new XElement(Command + "details",
                new XElement(Command + "name", cmdlet.Name),
                Paragraphs(new[] { help.Synopsis }),
                new XElement(Command + "verb", cmdlet.Verb),
                new XElement(Command + "noun", cmdlet.Noun)),
            Paragraphs(help.Description),
            new XElement(Command + "syntax", cmdlet.ParameterSets.Select(set =>
                new XElement(Command + "syntaxItem",
                    new XElement(Maml + "name", cmdlet.Name),
                    DisplayOrder(cmdlet, set).Select(p => ParameterElement(p.Parameter, p.Entry, help, withDescription: false))))),
            new XElement(Command + "parameters", AllParameters(cmdlet).OrderBy(p => p.Parameter.Name, StringComparer.Ordinal)
                .Select(p => ParameterElement(p.Parameter, p.Entry, help, withDescription: true))),
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

    /// <summary>A set's parameters as PowerShell shows them: positional by position, then mandatory, then the rest, each in declaration order.</summary>
    private static IEnumerable<(ParameterInfo Parameter, ParameterSetEntry Entry)> DisplayOrder(CmdletInfo cmdlet, string set)
    {
        var parameters = cmdlet.ParametersIn(set).Select(p => (Parameter: p, Entry: p.In(set)!)).Concat(ShouldProcessParameters(cmdlet)).ToList();
        return parameters.Where(p => p.Entry.Position >= 0).OrderBy(p => p.Entry.Position)
            .Concat(parameters.Where(p => p.Entry.Position < 0 && p.Entry.Mandatory))
            .Concat(parameters.Where(p => p.Entry.Position < 0 && !p.Entry.Mandatory));
    }

    private static IEnumerable<(ParameterInfo Parameter, ParameterSetEntry Entry)> AllParameters(CmdletInfo cmdlet) =>
        cmdlet.Parameters.Select(p => (Parameter: p, Entry: p.Sets.Values.First())).Concat(ShouldProcessParameters(cmdlet));

    private static IEnumerable<(ParameterInfo Parameter, ParameterSetEntry Entry)> ShouldProcessParameters(CmdletInfo cmdlet) =>
        cmdlet.SupportsShouldProcess
            ? ShouldProcessHelp.Keys.Select(name => (ParameterInfo.Switch(name), ParameterSetEntry.Optional))
            : Enumerable.Empty<(ParameterInfo, ParameterSetEntry)>();

    private static XElement ParameterElement(ParameterInfo parameter, ParameterSetEntry entry, HelpSource help, bool withDescription)
    {
        var isSwitch = parameter.TypeName == "System.Management.Automation.SwitchParameter";
        var element = new XElement(Command + "parameter",
            new XAttribute("required", entry.Mandatory ? "true" : "false"),
            new XAttribute("variableLength", "true"),
            new XAttribute("globbing", "false"),
            new XAttribute("pipelineInput", PipelineInput(parameter)),
            new XAttribute("position", entry.Position >= 0 ? entry.Position.ToString(CultureInfo.InvariantCulture) : "named"),
            new XAttribute("aliases", parameter.Aliases.Count == 0 ? "none" : string.Join(", ", parameter.Aliases)),
            new XElement(Maml + "name", parameter.Name));
        if (withDescription) element.Add(Paragraphs(Description(parameter, help)));
        // A switch takes no value: Get-Help shows [-Force], not [-Force <SwitchParameter>].
        if (!isSwitch) element.Add(new XElement(Command + "parameterValue", new XAttribute("required", "true"), new XAttribute("variableLength", "false"), DisplayName(parameter.TypeName)));
        if (withDescription) element.Add(new XElement(Dev + "type", new XElement(Maml + "name", parameter.TypeName)));
        return element;
    }

    private static IEnumerable<string> Description(ParameterInfo parameter, HelpSource help) =>
        help.Parameters.TryGetValue(parameter.Name, out var text) ? text
        : ShouldProcessHelp.TryGetValue(parameter.Name, out var standard) ? new[] { standard }
        : Enumerable.Empty<string>();

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

    private static string DisplayName(string fullName)
    {
        const string nullable = "System.Nullable`1[[";
        if (fullName.StartsWith(nullable, StringComparison.Ordinal)) fullName = fullName[nullable.Length..].Split(',')[0];
        var array = fullName.EndsWith("[]", StringComparison.Ordinal) ? "[]" : "";
        var element = fullName[..^array.Length];
        return (TypeAccelerators.TryGetValue(element, out var accelerator) ? accelerator : element[(element.LastIndexOf('.') + 1)..]) + array;
    }

    private static XElement Paragraphs(IEnumerable<string> paragraphs) =>
        new(Maml + "description", paragraphs.Where(p => p.Length > 0).Select(p => new XElement(Maml + "para", p)));
}
