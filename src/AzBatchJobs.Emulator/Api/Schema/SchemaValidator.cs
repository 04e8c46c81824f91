using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml;
using AzBatchJobs.Emulator.Store;

namespace AzBatchJobs.Emulator.Api.Schema;

/// <summary>
/// Checks a JSON body against a definition of <see cref="SpecTable"/>: required properties, types,
/// enums, ranges, one-of rules and the rules across properties, naming each broken rule by the
/// property's path. Unknown properties are ignored, as the emulator ignores them when storing.
/// </summary>
internal static class SchemaValidator
{
    /// <summary>
    /// Throws the first broken rule as a 400 BatchError. On success the body is left in the form the
    /// service stores: enum values in the spec's spelling, durations as days, hours, minutes, seconds,
    /// date-times in UTC.
    /// </summary>
    public static void Require(JsonObject body, string definition)
    {
        var violations = new List<Violation>();
        new Walker(violations, normalize: true).Object(body, SpecTable.Get(definition), "");
        if (violations.Count > 0)
        {
            throw violations[0].ToException();
        }
    }

    /// <summary>Every broken rule of a document (a stored one, say), changing nothing.</summary>
    public static IReadOnlyList<Violation> Check(JsonObject document, string definition)
    {
        var violations = new List<Violation>();
        new Walker(violations, normalize: false).Object(document, SpecTable.Get(definition), "");
        return violations;
    }

    // P3Y6M4DT12H30M5S is 1279 days (a year is 365 days, a month 30); beyond TimeSpan is the service's "unlimited".
    private static TimeSpan? ParseDuration(string text)
    {
        try
        {
            return XmlConvert.ToTimeSpan(text);
        }
        catch (FormatException)
        {
            return null;
        }
        catch (OverflowException)
        {
            return text.StartsWith('-') ? TimeSpan.MinValue : TimeSpan.MaxValue;
        }
    }

    private sealed class Walker(List<Violation> violations, bool normalize)
    {
        public void Object(JsonObject body, Definition definition, string path)
        {
            int before = violations.Count;
            foreach (Property property in definition.Properties)
            {
                string at = Join(path, property.Name);
                if (body[property.Name] is not { } value)
                {
                    if (property.Required)
                    {
                        violations.Add(Violation.MissingProperty(at));
                    }
                    continue;
                }
                Value(value, property.Shape, at, replacement => body[property.Name] = replacement);
            }
            foreach (OneOfRule rule in definition.OneOf)
            {
                int given = rule.Names.Count(name => body[name] is not null);
                if (given != 1)
                {
                    string names = string.Join(", ", rule.Names);
                    violations.Add(Violation.Invalid(path.Length == 0 ? definition.Name : path, body, given > 1
                        ? $"Only one of {names} may be specified."
                        : $"One of {names} must be specified."));
                }
            }
            if (violations.Count > before)
            {
                return; // The rules across properties assume each property is well-formed.
            }
            foreach (ObjectRule rule in definition.Rules)
            {
                if (rule.IsBroken(body))
                {
                    string at = rule.Property is null ? path : Join(path, rule.Property);
                    violations.Add(Violation.Invalid(at, rule.Property is null ? body : At(body, rule.Property), rule.Reason));
                }
            }
        }

        private void Value(JsonNode node, Shape shape, string path, Action<JsonNode> replace)
        {
            switch (shape)
            {
                case TextShape text:
                    Text(node, text, path);
                    break;
                case IntegerShape integer:
                    Integer(node, integer, path);
                    break;
                case BooleanShape when node is not JsonValue boolean || !boolean.TryGetValue(out bool _):
                    violations.Add(Violation.Invalid(path, node, "must be true or false."));
                    break;
                case DurationShape duration:
                    Duration(node, duration, path, replace);
                    break;
                case DateTimeShape:
                    Instant(node, path, replace);
                    break;
                case EnumShape choice:
                    Enum(node, choice, path, replace);
                    break;
                case ObjectShape nested when node is JsonObject child:
                    Object(child, SpecTable.Get(nested.Definition), path);
                    break;
                case ObjectShape:
                    violations.Add(Violation.Invalid(path, node, "must be a JSON object."));
                    break;
                case ArrayShape array:
                    Array(node, array, path);
                    break;
            }
        }

        private void Text(JsonNode node, TextShape shape, string path)
        {
            if (node is not JsonValue value || !value.TryGetValue(out string? text))
            {
                violations.Add(Violation.Invalid(path, node, "must be a string.", shape.IsSecret));
            }
            else if (shape.IsId && IdRules.Problem(text) is { } problem)
            {
                violations.Add(Violation.Invalid(path, node, problem));
            }
            else if (text.Length > shape.MaxLength)
            {
                violations.Add(Violation.Invalid(path, node, $"must be at most {shape.MaxLength} characters long.", shape.IsSecret));
            }
        }

        private void Integer(JsonNode node, IntegerShape shape, string path)
        {
            if (!TryGetInteger(node, out long number))
            {
                violations.Add(Violation.Invalid(path, node, "must be an integer."));
            }
            else if (number < shape.Min || number > shape.Max)
            {
                violations.Add(Violation.Invalid(path, node, $"must be an integer from {shape.Min} to {shape.Max}."));
            }
        }

        private void Duration(JsonNode node, DurationShape shape, string path, Action<JsonNode> replace)
        {
            TimeSpan? duration = node is JsonValue value && value.TryGetValue(out string? text) ? ParseDuration(text) : null;
            string? problem = duration is null ? "must be an ISO 8601 duration such as PT1H30M."
                : duration < TimeSpan.Zero ? "must not be negative."
                : duration < shape.Min ? $"must be at least {XmlConvert.ToString(shape.Min.Value)}."
                : duration > shape.Max ? $"must be at most {XmlConvert.ToString(shape.Max.Value)}."
                : null;
            if (problem is not null)
            {
                violations.Add(Violation.Invalid(path, node, problem));
            }
            else if (normalize)
            {
                replace(XmlConvert.ToString(duration!.Value));
            }
        }

        private void Instant(JsonNode node, string path, Action<JsonNode> replace)
        {
            if (node is not JsonValue value || !value.TryGetValue(out string? text) || !TryParseDateTime(text, out DateTime time))
            {
                violations.Add(Violation.Invalid(path, node, "must be a date-time such as 2025-01-01T12:30:00Z."));
            }
            else if (normalize)
            {
                replace(StoredDoc.Time(time));
            }
        }

        private void Enum(JsonNode node, EnumShape shape, string path, Action<JsonNode> replace)
        {
            string? given = node is JsonValue value && value.TryGetValue(out string? text) ? text : null;
            string? known = shape.Values.FirstOrDefault(v => string.Equals(v, given, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                violations.Add(Violation.Invalid(path, node, $"must be one of: {string.Join(", ", shape.Values)}."));
            }
            else if (normalize && known != given)
            {
                replace(known);
            }
        }

        private void Array(JsonNode node, ArrayShape shape, string path)
        {
            if (node is not JsonArray items)
            {
                violations.Add(Violation.Invalid(path, node, "must be a JSON array."));
                return;
            }
            for (int i = 0; i < items.Count; i++)
            {
                int index = i;
                string at = $"{path}[{i}]";
                if (items[i] is not { } item)
                {
                    violations.Add(Violation.Invalid(at, null, "must not be null."));
                    continue;
                }
                Value(item, shape.Items, at, replacement => items[index] = replacement);
            }
        }
    }

    /// <summary>An integral JSON number (1.0 and "1" are not).</summary>
    public static bool TryGetInteger(JsonNode? node, out long number)
    {
        number = 0;
        if (node is not JsonValue value)
        {
            return false;
        }
        if (value.TryGetValue(out long big))
        {
            number = big;
            return true;
        }
        if (value.TryGetValue(out int small))
        {
            number = small;
            return true;
        }
        return false;
    }

    /// <summary>A date-time, with no zone read as UTC, in UTC.</summary>
    public static bool TryParseDateTime(string text, out DateTime utc)
    {
        bool parsed = DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset time);
        utc = parsed ? time.UtcDateTime : default;
        return parsed;
    }

    /// <summary>The value at a dotted path below the object, or null where the path leaves objects.</summary>
    public static JsonNode? At(JsonObject body, string path) =>
        path.Split('.').Aggregate((JsonNode?)body, (node, name) => (node as JsonObject)?[name]);

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;
}
