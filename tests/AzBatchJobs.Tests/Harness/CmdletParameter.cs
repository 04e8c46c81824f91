using System.Management.Automation;
using System.Reflection;

namespace AzBatchJobs.Tests.Harness;

/// <summary>One cmdlet parameter as the binder sees it: name, aliases, type and its per-set attributes.</summary>
internal sealed class CmdletParameter
{
    private CmdletParameter(PropertyInfo property)
    {
        Property = property;
        Attributes = property.GetCustomAttributes<ParameterAttribute>().ToList();
        Aliases = property.GetCustomAttribute<AliasAttribute>()?.AliasNames.ToList() ?? new List<string>();
        Validators = property.GetCustomAttributes<ValidateArgumentsAttribute>().ToList();
        AllowNull = property.GetCustomAttribute<AllowNullAttribute>() is not null;
        AllowEmptyString = property.GetCustomAttribute<AllowEmptyStringAttribute>() is not null;
    }

    public PropertyInfo Property { get; }
    public string Name => Property.Name;
    public Type Type => Property.PropertyType;
    public IReadOnlyList<ParameterAttribute> Attributes { get; }
    public IReadOnlyList<string> Aliases { get; }
    public IReadOnlyList<ValidateArgumentsAttribute> Validators { get; }
    public bool AllowNull { get; }
    public bool AllowEmptyString { get; }

    public static IReadOnlyList<CmdletParameter> Of(Type cmdletType) =>
        cmdletType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttributes<ParameterAttribute>().Any())
            .Select(p => new CmdletParameter(p))
            .ToList();

    public bool Matches(string name) =>
        string.Equals(Name, name, StringComparison.OrdinalIgnoreCase)
        || Aliases.Any(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase));

    public ParameterAttribute? In(string set) =>
        Attributes.FirstOrDefault(a => a.ParameterSetName == set)
        ?? Attributes.FirstOrDefault(a => a.ParameterSetName == ParameterAttribute.AllParameterSets);

    public bool IsMandatoryIn(string set) => In(set)?.Mandatory == true;

    public object? ConvertAndValidate(object? value)
    {
        object? converted;
        try
        {
            converted = ValueConverter.Convert(value, Type);
        }
        catch (Exception e) when (e is InvalidCastException or FormatException or ArgumentException or OverflowException)
        {
            throw new ParameterBindingException($"Cannot bind parameter '{Name}'. {e.Message}", "CannotConvertArgumentNoMessage");
        }
        if (Attributes.Any(a => a.Mandatory))
        {
            if (converted is null && !AllowNull)
                throw new ParameterBindingException($"Cannot bind argument to parameter '{Name}' because it is null.", "ParameterArgumentValidationErrorNullNotAllowed");
            if (converted is string { Length: 0 } && !AllowEmptyString)
                throw new ParameterBindingException($"Cannot bind argument to parameter '{Name}' because it is an empty string.", "ParameterArgumentValidationErrorEmptyStringNotAllowed");
        }
        try
        {
            foreach (var validator in Validators) validator.Check(Name, converted);
        }
        catch (ValidationMetadataException e)
        {
            throw new ParameterBindingException(e.Message, "ParameterArgumentValidationError");
        }
        return converted;
    }
}

internal sealed class ParameterBindingException : Exception
{
    public ParameterBindingException(string message, string errorId) : base(message) => ErrorId = errorId;

    public string ErrorId { get; }
}
