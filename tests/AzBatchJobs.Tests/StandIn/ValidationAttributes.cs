using System.Collections;
using System.Text.RegularExpressions;

namespace System.Management.Automation;

/// <summary>Base of the Validate* attributes; the harness calls Check at binding time, as PowerShell does.</summary>
public abstract class ValidateArgumentsAttribute : Attribute
{
    internal abstract void Check(string parameterName, object? value);

    protected static ValidationMetadataException Fail(string parameterName, string rule) =>
        new($"Cannot validate argument on parameter '{parameterName}'. {rule}");
}

public sealed class ValidationMetadataException : Exception
{
    public ValidationMetadataException(string message) : base(message) { }
}

[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class ValidateNotNullAttribute : ValidateArgumentsAttribute
{
    internal override void Check(string parameterName, object? value)
    {
        if (value is null) throw Fail(parameterName, "The argument is null.");
    }
}

[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class ValidateNotNullOrEmptyAttribute : ValidateArgumentsAttribute
{
    internal override void Check(string parameterName, object? value)
    {
        if (value is null) throw Fail(parameterName, "The argument is null or empty.");
        if (value is string s && s.Length == 0) throw Fail(parameterName, "The argument is null or empty.");
        if (value is ICollection c && c.Count == 0) throw Fail(parameterName, "The argument is null, empty, or an element of the argument collection contains a null value.");
    }
}

[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class ValidateRangeAttribute : ValidateArgumentsAttribute
{
    public ValidateRangeAttribute(object minRange, object maxRange)
    {
        MinRange = minRange;
        MaxRange = maxRange;
    }

    public object MinRange { get; }
    public object MaxRange { get; }

    internal override void Check(string parameterName, object? value)
    {
        if (value is null) return;
        foreach (var item in value is IEnumerable e and not string ? e.Cast<object>() : new[] { value })
        {
            var number = Convert.ToDouble(item, Globalization.CultureInfo.InvariantCulture);
            if (number < Convert.ToDouble(MinRange, Globalization.CultureInfo.InvariantCulture))
                throw Fail(parameterName, $"The {item} argument is less than the minimum allowed range of {MinRange}.");
            if (number > Convert.ToDouble(MaxRange, Globalization.CultureInfo.InvariantCulture))
                throw Fail(parameterName, $"The {item} argument is greater than the maximum allowed range of {MaxRange}.");
        }
    }
}

[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class ValidateSetAttribute : ValidateArgumentsAttribute
{
    public ValidateSetAttribute(params string[] validValues) => ValidValues = validValues;

    public IList<string> ValidValues { get; }
    public bool IgnoreCase { get; set; } = true;

    internal override void Check(string parameterName, object? value)
    {
        if (value is null) return;
        var comparison = IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var text = value.ToString() ?? "";
        if (!ValidValues.Any(v => string.Equals(v, text, comparison)))
            throw Fail(parameterName, $"The argument \"{text}\" does not belong to the set \"{string.Join(",", ValidValues)}\".");
    }
}

[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class ValidateCountAttribute : ValidateArgumentsAttribute
{
    public ValidateCountAttribute(int minLength, int maxLength)
    {
        MinLength = minLength;
        MaxLength = maxLength;
    }

    public int MinLength { get; }
    public int MaxLength { get; }

    internal override void Check(string parameterName, object? value)
    {
        if (value is not ICollection c) return;
        if (c.Count < MinLength || c.Count > MaxLength)
            throw Fail(parameterName, $"The parameter requires between {MinLength} and {MaxLength} arguments; {c.Count} were supplied.");
    }
}

[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class ValidatePatternAttribute : ValidateArgumentsAttribute
{
    public ValidatePatternAttribute(string regexPattern) => RegexPattern = regexPattern;

    public string RegexPattern { get; }

    internal override void Check(string parameterName, object? value)
    {
        if (value is null) return;
        var text = value.ToString() ?? "";
        if (!Regex.IsMatch(text, RegexPattern, RegexOptions.IgnoreCase))
            throw Fail(parameterName, $"The argument \"{text}\" does not match the \"{RegexPattern}\" pattern.");
    }
}

[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class AllowNullAttribute : Attribute { }

[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class AllowEmptyStringAttribute : Attribute { }

[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class AllowEmptyCollectionAttribute : Attribute { }
