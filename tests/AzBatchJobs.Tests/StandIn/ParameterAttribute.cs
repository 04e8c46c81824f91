namespace System.Management.Automation;

[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = true)]
public sealed class ParameterAttribute : Attribute
{
    public const string AllParameterSets = "__AllParameterSets";

    public string ParameterSetName { get; set; } = AllParameterSets;
    public bool Mandatory { get; set; }
    public int Position { get; set; } = int.MinValue;
    public bool ValueFromPipeline { get; set; }
    public bool ValueFromPipelineByPropertyName { get; set; }
    public bool ValueFromRemainingArguments { get; set; }
    public string? HelpMessage { get; set; }
    public bool DontShow { get; set; }
}

[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class AliasAttribute : Attribute
{
    public AliasAttribute(params string[] aliasNames) => AliasNames = aliasNames;

    public IList<string> AliasNames { get; }
}
