using System.Reflection;

namespace AzBatchJobs.HelpWriter;

/// <summary>One cmdlet class of the module: verb, noun, ShouldProcess, output types and parameters.</summary>
public sealed class CmdletInfo
{
    public CmdletInfo(Type type)
    {
        Type = type;
        var attribute = type.GetCustomAttributesData().SingleOrDefault(a => a.AttributeType.Name == "CmdletAttribute");
        if (attribute is null) throw new InvalidOperationException($"{type.FullName} derives from Cmdlet but has no [Cmdlet] attribute.");
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

    /// <summary>
    /// The parameter sets as PowerShell lists them: the default set first, then the others in the order
    /// the parameters name them; the single implicit set when none is named.
    /// </summary>
    public IReadOnlyList<string> ParameterSets
    {
        get
        {
            var named = Parameters.SelectMany(p => p.Sets.Keys).Where(s => s != ModuleMetadata.AllParameterSets).Distinct().ToList();
            if (DefaultParameterSetName is not null)
            {
                // PowerShell counts the default set as a set even when no parameter names it.
                named.Remove(DefaultParameterSetName);
                named.Insert(0, DefaultParameterSetName);
            }
            return named.Count == 0 ? new[] { ModuleMetadata.AllParameterSets } : named;
        }
    }

    public IEnumerable<ParameterInfo> ParametersIn(string set) => Parameters.Where(p => p.In(set) is not null);

    public override string ToString() => Name;

    private static object? Named(CustomAttributeData attribute, string name) =>
        attribute.NamedArguments.Where(a => a.MemberName == name).Select(a => a.TypedValue.Value).FirstOrDefault();
}
