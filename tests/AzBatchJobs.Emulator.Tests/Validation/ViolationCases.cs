using System.Xml;
using AzBatchJobs.Emulator.Api.Schema;

namespace AzBatchJobs.Emulator.Tests.Validation;

/// <summary>One body that breaks one rule of the table, and what the service answers: the code and the property's path.</summary>
internal sealed record ViolationCase(string Rule, JsonObject Body, string Code, string Path);

/// <summary>
/// Walks <see cref="SpecTable"/> from a body's definition through every definition it reaches (each
/// once, where it is first met) and makes, from a valid body, one case per rule: each required
/// property left out, each property given a value of the wrong type, an unknown enum value, a value
/// out of range, a one-of rule given two or none.
/// </summary>
internal static class ViolationCases
{
    private const string Missing = "MissingRequiredProperty";
    private const string Invalid = "InvalidPropertyValue";

    private sealed record Step(string Property, bool IntoArray);

    public static List<ViolationCase> For(string rootDefinition, JsonObject validBody)
    {
        var cases = new List<ViolationCase>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<(string Definition, Step[] Location)>();
        queue.Enqueue((rootDefinition, []));
        while (queue.TryDequeue(out var next))
        {
            if (!visited.Add(next.Definition))
            {
                continue;
            }
            Definition definition = SpecTable.Get(next.Definition);
            string prefix = PathOf(next.Location);
            ViolationCase Case(string rule, Action<JsonObject> change, string code, string path)
            {
                var body = (JsonObject)validBody.DeepClone();
                change(Navigate(body, rootDefinition, next.Location));
                return new ViolationCase($"{next.Definition}: {rule}", body, code, path);
            }
            foreach (Property property in definition.Properties)
            {
                string at = Join(prefix, property.Name);
                if (property.Required)
                {
                    cases.Add(Case($"{property.Name} left out", o => o.Remove(property.Name), Missing, at));
                }
                foreach (var (value, path, why) in BadValues(property.Shape, at))
                {
                    cases.Add(Case($"{property.Name} {why}", o => o[property.Name] = value, Invalid, path));
                }
                switch (property.Shape)
                {
                    case ObjectShape nested:
                        queue.Enqueue((nested.Definition, [.. next.Location, new Step(property.Name, false)]));
                        break;
                    case ArrayShape { Items: ObjectShape nested }:
                        queue.Enqueue((nested.Definition, [.. next.Location, new Step(property.Name, true)]));
                        break;
                }
            }
            foreach (OneOfRule rule in definition.OneOf)
            {
                cases.Add(Case($"both {rule.Names[0]} and {rule.Names[1]}", o =>
                {
                    foreach (string name in rule.Names.Take(2))
                    {
                        o[name] = ValidValue(definition.Properties.Single(p => p.Name == name).Shape);
                    }
                }, Invalid, prefix));
                cases.Add(Case($"none of {string.Join(", ", rule.Names)}", o =>
                {
                    foreach (string name in rule.Names)
                    {
                        o.Remove(name);
                    }
                }, Invalid, prefix));
            }
        }
        return cases;
    }

    /// <summary>A body of the definition with its required properties and one of each one-of rule, all valid.</summary>
    public static JsonObject Minimal(string definitionName)
    {
        Definition definition = SpecTable.Get(definitionName);
        var body = new JsonObject();
        foreach (Property property in definition.Properties.Where(p => p.Required))
        {
            body[property.Name] = ValidValue(property.Shape);
        }
        foreach (OneOfRule rule in definition.OneOf)
        {
            string first = rule.Names[0];
            body[first] = ValidValue(definition.Properties.Single(p => p.Name == first).Shape);
        }
        return body;
    }

    private static JsonNode ValidValue(Shape shape) => shape switch
    {
        TextShape text => text.IsId ? "x1" : "x",
        IntegerShape integer => Math.Clamp(0, integer.Min, integer.Max),
        BooleanShape => true,
        DurationShape duration => XmlConvert.ToString(duration.Min ?? TimeSpan.FromMinutes(1)),
        DateTimeShape => "2031-01-01T00:00:00Z",
        EnumShape choice => choice.Values[0],
        ObjectShape nested => Minimal(nested.Definition),
        _ => new JsonArray(),
    };

    private static IEnumerable<(JsonNode Value, string Path, string Why)> BadValues(Shape shape, string path)
    {
        switch (shape)
        {
            case TextShape text:
                yield return (5, path, "not a string");
                if (text.IsId)
                {
                    yield return ("bad id!", path, "not an id");
                }
                else if (text.MaxLength < 100_000)
                {
                    yield return (new string('a', text.MaxLength + 1), path, "too long");
                }
                break;
            case IntegerShape integer:
                yield return ("1", path, "a string");
                yield return (1.5, path, "not whole");
                yield return (integer.Min - 1, path, "below its minimum");
                yield return (integer.Max + 1, path, "above its maximum");
                break;
            case BooleanShape:
                yield return ("yes", path, "not a boolean");
                break;
            case DurationShape duration:
                yield return (5, path, "not a string");
                yield return ("soon", path, "not a duration");
                yield return ("-PT1H", path, "negative");
                if (duration.Min is { } min)
                {
                    yield return (XmlConvert.ToString(min - TimeSpan.FromSeconds(1)), path, "below its minimum");
                }
                if (duration.Max is { } max)
                {
                    yield return (XmlConvert.ToString(max + TimeSpan.FromSeconds(1)), path, "above its maximum");
                }
                break;
            case DateTimeShape:
                yield return (5, path, "not a string");
                yield return ("tomorrow", path, "not a date-time");
                break;
            case EnumShape:
                yield return ("not-a-known-value", path, "an unknown enum value");
                yield return (5, path, "not a string");
                break;
            case ObjectShape:
                yield return ("x", path, "not an object");
                yield return (new JsonArray(1), path, "an array");
                break;
            case ArrayShape array:
                yield return (new JsonObject(), path, "not an array");
                foreach (var (item, itemPath, why) in BadValues(array.Items, path + "[0]").Take(1))
                {
                    yield return (new JsonArray(item), itemPath, "with an item " + why);
                }
                break;
        }
    }

    // The object at the location, made where the valid body has none; a one-of sibling on the way is removed.
    private static JsonObject Navigate(JsonObject body, string rootDefinition, Step[] location)
    {
        JsonObject current = body;
        Definition definition = SpecTable.Get(rootDefinition);
        foreach (Step step in location)
        {
            foreach (OneOfRule rule in definition.OneOf.Where(r => r.Names.Contains(step.Property)))
            {
                foreach (string sibling in rule.Names.Where(n => n != step.Property))
                {
                    current.Remove(sibling);
                }
            }
            Shape shape = definition.Properties.Single(p => p.Name == step.Property).Shape;
            string nestedName = ((ObjectShape)(step.IntoArray ? ((ArrayShape)shape).Items : shape)).Definition;
            if (step.IntoArray)
            {
                if (current[step.Property] is not JsonArray { Count: > 0 } items || items[0] is not JsonObject)
                {
                    current[step.Property] = new JsonArray(Minimal(nestedName));
                }
                current = (JsonObject)((JsonArray)current[step.Property]!)[0]!;
            }
            else
            {
                if (current[step.Property] is not JsonObject)
                {
                    current[step.Property] = Minimal(nestedName);
                }
                current = (JsonObject)current[step.Property]!;
            }
            definition = SpecTable.Get(nestedName);
        }
        return current;
    }

    private static string PathOf(Step[] location)
    {
        string path = "";
        foreach (Step step in location)
        {
            path = Join(path, step.Property) + (step.IntoArray ? "[0]" : "");
        }
        return path;
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;
}
