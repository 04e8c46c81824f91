namespace System.Management.Automation;

public readonly struct SwitchParameter
{
    public SwitchParameter(bool isPresent) => IsPresent = isPresent;

    public bool IsPresent { get; }

    public static SwitchParameter Present => new(true);

    public bool ToBool() => IsPresent;

    public static implicit operator bool(SwitchParameter switchParameter) => switchParameter.IsPresent;

    public static implicit operator SwitchParameter(bool value) => new(value);

    public override string ToString() => IsPresent.ToString();
}
