using System.Reflection;
using System.Runtime.InteropServices;

namespace AzBatchJobs.Tests.Static;

/// <summary>
/// The built module assembly (compiled against the real System.Management.Automation reference
/// assembly), read as metadata only: nothing in it runs.
/// </summary>
public sealed class ModuleMetadata : IDisposable
{
    public const string AllParameterSets = "__AllParameterSets";

    private readonly MetadataLoadContext _context;

    public ModuleMetadata()
    {
        var moduleAssembly = ModuleAssemblyPath;
        var powerShell = Path.GetFullPath(Setting("PowerShellReferenceAssembly"));
        Assert.True(File.Exists(moduleAssembly), $"The module is not built: {moduleAssembly}");
        Assert.True(File.Exists(powerShell), $"PowerShellStandard.Library is not restored: {powerShell}");
        var paths = Directory.GetFiles(Path.GetDirectoryName(moduleAssembly)!, "*.dll")
            .Append(powerShell)
            .Concat(Directory.GetFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll"));
        _context = new MetadataLoadContext(new PathAssemblyResolver(paths));
        Module = _context.LoadFromAssemblyPath(moduleAssembly);
        var cmdletBase = _context.LoadFromAssemblyPath(powerShell).GetType("System.Management.Automation.Cmdlet", throwOnError: true)!;
        Cmdlets = Module.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && cmdletBase.IsAssignableFrom(t))
            .Select(t => new CmdletInfo(t))
            .OrderBy(c => c.Name)
            .ToList();
    }

    public Assembly Module { get; }

    public IReadOnlyList<CmdletInfo> Cmdlets { get; }

    public static string RepositoryRoot => Path.GetFullPath(Setting("RepositoryRoot"));

    /// <summary>The manifest of the module folder that module/AzBatchJobs.Module.proj laid out.</summary>
    public static string ModuleManifest => Path.GetFullPath(Setting("ModuleManifest"));

    public static string ModuleAssemblyPath => Path.Combine(Path.GetDirectoryName(ModuleManifest)!, "AzBatchJobs.dll");

    public void Dispose() => _context.Dispose();

    internal static string Setting(string key) =>
        typeof(ModuleMetadata).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}

public sealed class CmdletInfo
{
    public CmdletInfo(Type type)
    {
        Type = type;
        var attribute = type.GetCustomAttributesData().SingleOrDefault(a => a.AttributeType.Name == "CmdletAttribute");
        Assert.True(attribute is not null, $"{type.FullName} derives from Cmdlet but has no [Cmdlet] attribute.");
        Verb = (string)attribute!.ConstructorArguments[0].Value!;
        Noun = (string)attribute.ConstructorArguments[1].Value!;
        SupportsShouldProcess = Named(attribute, "SupportsShouldProcess") is true;
        ConfirmImpact = Named(attribute, "ConfirmImpact") is int impact ? impact : 2;
        DefaultParameterSetName = Named(attribute, "DefaultParameterSetName") as string;
        OutputTypes = type.GetCustomAttributesData().Where(a => a.AttributeType.Name == "OutputTypeAttribute")
            .SelectMany(a => a.ConstructorArguments)
            .SelectMany(arg => arg.Value is IEnumerable<CustomAttributeTypedArgument> items ? items.Select(i => i.Value) : new[] { arg.Value })
            .OfType<Type>()
            .ToList();
        Parameters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => new ParameterInfo(p))
            .Where(p => p.Sets.Count > 0)
            .ToList();
    }

    public Type Type { get; }
    public string Verb { get; }
    public string Noun { get; }
    public string Name => $"{Verb}-{Noun}";
    public bool SupportsShouldProcess { get; }

    /// <summary>ConfirmImpact as its numeric value: 0 None, 1 Low, 2 Medium (the default), 3 High.</summary>
    public int ConfirmImpact { get; }

    public string? DefaultParameterSetName { get; }
    public IReadOnlyList<Type> OutputTypes { get; }
    public IReadOnlyList<ParameterInfo> Parameters { get; }

    /// <summary>The named parameter sets, or the single implicit set when there are none.</summary>
    public IReadOnlyList<string> ParameterSets
    {
        get
        {
            // PowerShell counts the default set as a set even when no parameter names it.
            var named = Parameters.SelectMany(p => p.Sets.Keys).Where(s => s != ModuleMetadata.AllParameterSets)
                .Concat(DefaultParameterSetName is null ? Enumerable.Empty<string>() : new[] { DefaultParameterSetName })
                .Distinct().ToList();
            return named.Count == 0 ? new[] { ModuleMetadata.AllParameterSets } : named;
        }
    }

    public IEnumerable<ParameterInfo> ParametersIn(string set) => Parameters.Where(p => p.In(set) is not null);

    public override string ToString() => Name;

    private static object? Named(CustomAttributeData attribute, string name) =>
        attribute.NamedArguments.Where(a => a.MemberName == name).Select(a => a.TypedValue.Value).FirstOrDefault();
}

public sealed class ParameterInfo
{
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

    public ParameterSetEntry? In(string set) =>
        Sets.TryGetValue(set, out var entry) ? entry : Sets.TryGetValue(ModuleMetadata.AllParameterSets, out var all) ? all : null;
}

public sealed class ParameterSetEntry
{
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
