using System.Reflection;

namespace AzBatchJobs.HelpWriter;

/// <summary>One parameter: its type, aliases and its [Parameter] attribute per set.</summary>
public sealed class ParameterInfo
{
    private ParameterInfo(string name, string typeName)
    {
        Name = name;
        TypeName = typeName;
        Sets = new Dictionary<string, ParameterSetEntry> { [ModuleMetadata.AllParameterSets] = ParameterSetEntry.Optional };
        Aliases = Array.Empty<string>();
    }

    public ParameterInfo(PropertyInfo property)
    {
        Name = property.Name;
        TypeName = property.PropertyType.FullName ?? property.PropertyType.Name;
        Sets = property.GetCustomAttributesData()
            .Where(a => a.AttributeType.Name == "ParameterAttribute")
            .Select(a => new ParameterSetEntry(a))
            .GroupBy(e => e.SetName)
            .ToDictionary(g => g.Key, g => g.First());
        Aliases = property.GetCustomAttributesData()
            .Where(a => a.AttributeType.Name == "AliasAttribute")
            .SelectMany(a => a.ConstructorArguments)
            .SelectMany(arg => arg.Value is IEnumerable<CustomAttributeTypedArgument> items ? items.Select(i => (string)i.Value!) : new[] { (string)arg.Value! })
            .ToList();
    }

    public string Name { get; }
    public string TypeName { get; }
    public IReadOnlyDictionary<string, ParameterSetEntry> Sets { get; }
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>A switch PowerShell adds itself (-WhatIf, -Confirm).</summary>
    public static ParameterInfo Switch(string name) => new(name, "System.Management.Automation.SwitchParameter");

    public ParameterSetEntry? In(string set) =>
        Sets.TryGetValue(set, out var entry) ? entry : Sets.TryGetValue(ModuleMetadata.AllParameterSets, out var all) ? all : null;
}

/// <summary>A [Parameter] attribute: the set it applies to, mandatory, position, pipeline input.</summary>
public sealed class ParameterSetEntry
{
    /// <summary>Named, optional, in every set, no pipeline input.</summary>
    public static readonly ParameterSetEntry Optional = new();

    private ParameterSetEntry()
    {
        SetName = ModuleMetadata.AllParameterSets;
        Position = int.MinValue;
    }

    public ParameterSetEntry(CustomAttributeData attribute)
    {
        object? Named(string name) => attribute.NamedArguments.Where(a => a.MemberName == name).Select(a => a.TypedValue.Value).FirstOrDefault();
        SetName = Named("ParameterSetName") as string ?? ModuleMetadata.AllParameterSets;
        Mandatory = Named("Mandatory") is true;
        Position = Named("Position") is int position ? position : int.MinValue;
        ValueFromPipeline = Named("ValueFromPipeline") is true;
        ValueFromPipelineByPropertyName = Named("ValueFromPipelineByPropertyName") is true;
    }

    public string SetName { get; }
    public bool Mandatory { get; }
    public int Position { get; }
    public bool ValueFromPipeline { get; }
    public bool ValueFromPipelineByPropertyName { get; }
}
