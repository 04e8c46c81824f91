namespace System.Management.Automation;

// Test-only stand-in for the part of System.Management.Automation the cmdlets use.
// Shapes follow the real API so the cmdlet sources compile unchanged against either.

public enum ConfirmImpact
{
    None,
    Low,
    Medium,
    High,
}

[AttributeUsage(AttributeTargets.Class)]
public sealed class CmdletAttribute : Attribute
{
    public CmdletAttribute(string verbName, string nounName)
    {
        VerbName = verbName;
        NounName = nounName;
    }

    public string VerbName { get; }
    public string NounName { get; }
    public string? DefaultParameterSetName { get; set; }
    public bool SupportsShouldProcess { get; set; }
    public ConfirmImpact ConfirmImpact { get; set; } = ConfirmImpact.Medium;
    public string? HelpUri { get; set; }
}

[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class OutputTypeAttribute : Attribute
{
    public OutputTypeAttribute(params Type[] type) => Type = type;

    public Type[] Type { get; }
    public string[]? ParameterSetName { get; set; }
}
