using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Definitions;

/// <summary>
/// Checks a JSON value against the model it is read into, as the models' serialization metadata describes
/// it: every property known (wire names are case-sensitive), none given twice, and each value of the JSON
/// kind its property takes. It finds every such problem, where System.Text.Json stops at the first one.
/// Values read by a custom converter (durations, enumerations) are left to that converter.
/// </summary>
internal sealed class JsonShapeChecker
{
    private const int MaxProblems = 20;
    private static readonly ConcurrentDictionary<Type, Dictionary<string, JsonPropertyInfo>> PropertiesByName = new();

    private readonly List<BatchJsonProblem> _problems = new();
    private readonly DefinitionKind? _kind;

    private JsonShapeChecker(DefinitionKind? kind) => _kind = kind;

    /// <summary>The problems of <paramref name="root"/> read as <paramref name="type"/>; the kind, when known, explains read-only properties.</summary>
    public static IReadOnlyList<BatchJsonProblem> Check(JsonElement root, Type type, DefinitionKind? kind)
    {
        var checker = new JsonShapeChecker(kind);
        checker.CheckValue(root, TypeInfo(type), "");
        return checker._problems;
    }

    internal static JsonTypeInfo TypeInfo(Type type) => BatchJson.Options.GetTypeInfo(type);

    /// <summary>The model's properties by wire name.</summary>
    internal static Dictionary<string, JsonPropertyInfo> Properties(JsonTypeInfo info)
    {
        if (PropertiesByName.TryGetValue(info.Type, out var properties)) return properties;
        return PropertiesByName[info.Type] = info.Properties.ToDictionary(p => p.Name, StringComparer.Ordinal);
    }

    /// <summary>The items' type of a collection, the values' type of a dictionary (JsonTypeInfo.ElementType is newer than System.Text.Json 8).</summary>
    internal static Type ElementType(Type collection)
    {
        if (collection.IsArray) return collection.GetElementType()!;
        var interfaces = collection.IsInterface ? collection.GetInterfaces().Concat(new[] { collection }) : collection.GetInterfaces();
        var dictionary = interfaces.FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>));
        if (dictionary is not null) return dictionary.GetGenericArguments()[1];
        var enumerable = interfaces.First(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable.GetGenericArguments()[0];
    }

    /// <summary>The .NET name of a model property (the member behind the wire name).</summary>
    internal static string MemberName(JsonPropertyInfo property) => (property.AttributeProvider as MemberInfo)?.Name ?? property.Name;

    private void CheckValue(JsonElement value, JsonTypeInfo info, string path)
    {
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                if (Expect(value, JsonValueKind.Object, "an object", path)) CheckObject(value, info, path);
                break;
            case JsonTypeInfoKind.Enumerable:
                if (!Expect(value, JsonValueKind.Array, "an array", path)) break;
                var elementInfo = TypeInfo(ElementType(info.Type));
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    CheckValue(item, elementInfo, $"{path}[{index.ToString(CultureInfo.InvariantCulture)}]");
                    index++;
                }
                break;
            case JsonTypeInfoKind.Dictionary:
                if (!Expect(value, JsonValueKind.Object, "an object", path)) break;
                var valueInfo = TypeInfo(ElementType(info.Type));
                foreach (var entry in value.EnumerateObject())
                {
                    if (entry.Value.ValueKind != JsonValueKind.Null) CheckValue(entry.Value, valueInfo, Join(path, entry.Name));
                }
                break;
            default:
                CheckScalar(value, info.Type, path, JsonNumberHandling.Strict);
                break;
        }
    }

    private void CheckObject(JsonElement value, JsonTypeInfo info, string path)
    {
        var known = Properties(info);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in value.EnumerateObject())
        {
            var memberPath = Join(path, member.Name);
            if (!seen.Add(member.Name))
            {
                Add(memberPath, "is given more than once.");
                continue;
            }
            if (!known.TryGetValue(member.Name, out var property))
            {
                Add(memberPath, UnknownRule(member.Name, info, known, isRoot: path.Length == 0));
                continue;
            }
            if (member.Value.ValueKind == JsonValueKind.Null || property.CustomConverter is not null) continue;
            var propertyInfo = TypeInfo(property.PropertyType);
            if (propertyInfo.Kind == JsonTypeInfoKind.None)
                CheckScalar(member.Value, property.PropertyType, memberPath, property.NumberHandling ?? JsonNumberHandling.Strict);
            else
                CheckValue(member.Value, propertyInfo, memberPath);
        }
    }

    private void CheckScalar(JsonElement value, Type type, string path, JsonNumberHandling numberHandling)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(string) || target == typeof(TimeSpan) || target == typeof(DateTimeOffset) || target == typeof(DateTime) || target == typeof(Guid))
        {
            Expect(value, JsonValueKind.String, "a string", path);
        }
        else if (target == typeof(bool))
        {
            if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False)) Add(path, $"expected true or false, found {Describe(value)}.");
        }
        else if (target == typeof(int) || target == typeof(long))
        {
            if (value.ValueKind == JsonValueKind.String && (numberHandling & JsonNumberHandling.AllowReadingFromString) != 0) return;
            if (!Expect(value, JsonValueKind.Number, "a whole number", path)) return;
            var fits = target == typeof(int) ? value.TryGetInt32(out _) : value.TryGetInt64(out _);
            if (!fits)
            {
                var range = target == typeof(int) ? $"{int.MinValue} to {int.MaxValue}" : $"{long.MinValue} to {long.MaxValue}";
                Add(path, $"expected a whole number from {range}, found {value.GetRawText()}.");
            }
        }
        else if (target == typeof(double) || target == typeof(float) || target == typeof(decimal))
        {
            if (value.ValueKind == JsonValueKind.String && (numberHandling & JsonNumberHandling.AllowReadingFromString) != 0) return;
            Expect(value, JsonValueKind.Number, "a number", path);
        }
        // Any other type has its own converter, which says what it expects.
    }

    private bool Expect(JsonElement value, JsonValueKind kind, string expected, string path)
    {
        if (value.ValueKind == kind) return true;
        Add(path, $"expected {expected}, found {Describe(value)}.");
        return false;
    }

    private string UnknownRule(string name, JsonTypeInfo info, Dictionary<string, JsonPropertyInfo> known, bool isRoot)
    {
        var sameButCase = known.Keys.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
        if (sameButCase is not null) return $"is not a property of {info.Type.Name}: did you mean '{sameButCase}'? (names are case-sensitive)";
        if (isRoot && _kind is not null && _kind.CreateType == info.Type && Properties(TypeInfo(_kind.ResourceType)).ContainsKey(name))
            return $"is a read-only property of {_kind.Noun}, which the service sets: leave it out (ConvertTo-BatchJson does).";
        return $"is not a property of {info.Type.Name}; its properties are {string.Join(", ", known.Keys)}.";
    }

    private void Add(string path, string rule)
    {
        if (_problems.Count < MaxProblems) _problems.Add(new BatchJsonProblem(path, rule));
    }

    internal static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };

    internal static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";
}
