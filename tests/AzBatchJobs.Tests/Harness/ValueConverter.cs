using System.Collections;
using System.Globalization;
using System.Management.Automation;
using System.Reflection;

namespace AzBatchJobs.Tests.Harness;

/// <summary>
/// The subset of PowerShell's argument conversion the cmdlets rely on: strings to numbers, enums,
/// TimeSpan and string-backed structs (op_Implicit), scalars to arrays, and hashtables or
/// PSCustomObjects to types with a parameterless constructor and settable properties.
/// </summary>
internal static class ValueConverter
{
    public static object? Convert(object? value, Type target)
    {
        if (value is PSObject wrapped && !ReferenceEquals(wrapped.BaseObject, wrapped) && !typeof(PSObject).IsAssignableFrom(target))
            value = wrapped.BaseObject;
        if (value is null)
        {
            if (target.IsValueType && Nullable.GetUnderlyingType(target) is null && target != typeof(SwitchParameter))
                throw new InvalidCastException($"Cannot convert null to type \"{target.FullName}\".");
            return target == typeof(SwitchParameter) ? new SwitchParameter(false) : null;
        }
        if (target.IsInstanceOfType(value)) return value;

        var underlying = Nullable.GetUnderlyingType(target);
        if (underlying is not null) return Convert(value, underlying);

        if (target == typeof(SwitchParameter)) return new SwitchParameter((bool)Convert(value, typeof(bool))!);
        if (target == typeof(string)) return value is IEnumerable e and not string ? string.Join(" ", e.Cast<object>()) : System.Convert.ToString(value, CultureInfo.InvariantCulture);
        if (target.IsArray) return ToArray(value, target.GetElementType()!);
        if (IsGenericList(target, out var element)) return ToList(value, element);
        if (target.IsEnum) return Enum.Parse(target, value.ToString()!, ignoreCase: true);
        if (target == typeof(TimeSpan) && value is string ts) return TimeSpan.Parse(ts, CultureInfo.InvariantCulture);
        if (target == typeof(DateTimeOffset) && value is string dto) return DateTimeOffset.Parse(dto, CultureInfo.InvariantCulture);
        if (target == typeof(Uri) && value is string uri) return new Uri(uri, UriKind.RelativeOrAbsolute);
        if (target == typeof(bool) && value is SwitchParameter sp) return sp.IsPresent;

        var implicitOperator = target.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .FirstOrDefault(m => m.Name == "op_Implicit" && m.ReturnType == target && m.GetParameters()[0].ParameterType.IsInstanceOfType(value));
        if (implicitOperator is not null) return implicitOperator.Invoke(null, new[] { value });

        if (value is IDictionary dictionary) return FromProperties(target, dictionary.Keys.Cast<object>().Select(k => new KeyValuePair<string, object?>(k.ToString()!, dictionary[k])));
        if (value is PSObject custom) return FromProperties(target, custom.Properties.Select(p => new KeyValuePair<string, object?>(p.Name, p.Value)));

        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(target))
            return System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);

        throw new InvalidCastException($"Cannot convert the \"{value}\" value of type \"{value.GetType().FullName}\" to type \"{target.FullName}\".");
    }

    /// <summary>Conversion without coercion: only what the value already is.</summary>
    public static bool IsDirectlyAssignable(object? value, Type target)
    {
        if (value is PSObject wrapped && !ReferenceEquals(wrapped.BaseObject, wrapped)) value = wrapped.BaseObject;
        if (value is null) return false;
        var element = target.IsArray ? target.GetElementType()! : target;
        return target.IsInstanceOfType(value) || element.IsInstanceOfType(value);
    }

    private static object FromProperties(Type target, IEnumerable<KeyValuePair<string, object?>> properties)
    {
        var constructor = target.GetConstructor(Type.EmptyTypes)
            ?? throw new InvalidCastException($"Cannot convert to \"{target.FullName}\": it has no parameterless constructor.");
        var instance = constructor.Invoke(null);
        foreach (var pair in properties)
        {
            var property = target.GetProperty(pair.Key, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null || !property.CanWrite)
                throw new InvalidCastException($"Cannot create object of type \"{target.FullName}\". The {pair.Key} property was not found for the {target.FullName} object.");
            property.SetValue(instance, Convert(pair.Value, property.PropertyType));
        }
        return instance;
    }

    private static Array ToArray(object value, Type element)
    {
        var items = value is IEnumerable e and not string and not IDictionary ? e.Cast<object?>().ToList() : new List<object?> { value };
        var array = Array.CreateInstance(element, items.Count);
        for (var i = 0; i < items.Count; i++) array.SetValue(Convert(items[i], element), i);
        return array;
    }

    private static IList ToList(object value, Type element)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
        foreach (var item in ToArray(value, element)) list.Add(item);
        return list;
    }

    private static bool IsGenericList(Type target, out Type element)
    {
        element = typeof(object);
        if (!target.IsGenericType) return false;
        var definition = target.GetGenericTypeDefinition();
        if (definition != typeof(IList<>) && definition != typeof(List<>) && definition != typeof(IEnumerable<>)
            && definition != typeof(IReadOnlyList<>) && definition != typeof(ICollection<>)) return false;
        element = target.GetGenericArguments()[0];
        return true;
    }
}
