using System.Text.Json.Nodes;
using AzBatchJobs.Emulator.Http;

namespace AzBatchJobs.Emulator.Api;

/// <summary>Type and range checks on request body properties, each failing with the property's name and the rule.</summary>
internal static class BodyRules
{
    public static JsonObject CopyKnown(JsonObject body, IEnumerable<string> known)
    {
        var copy = new JsonObject();
        foreach (string name in known)
        {
            if (body[name] is { } value)
            {
                copy[name] = value.DeepClone();
            }
        }
        return copy;
    }

    public static void Integer(JsonObject body, string name, long min, long max)
    {
        if (body[name] is not { } node)
        {
            return;
        }
        if (node is not JsonValue value || !value.TryGetValue(out long number) || number < min || number > max)
        {
            throw BatchErrorException.InvalidProperty(name, node.ToJsonString(), $"{name} must be an integer from {min} to {max}.");
        }
    }

    public static void Boolean(JsonObject body, string name)
    {
        if (body[name] is { } node && (node is not JsonValue value || !value.TryGetValue(out bool _)))
        {
            throw BatchErrorException.InvalidProperty(name, node.ToJsonString(), $"{name} must be true or false.");
        }
    }

    public static void String(JsonObject body, string name, int maxLength)
    {
        if (body[name] is { } node && (node is not JsonValue value || !value.TryGetValue(out string? text) || text.Length > maxLength))
        {
            throw BatchErrorException.InvalidProperty(name, node.ToJsonString(), $"{name} must be a string of at most {maxLength} characters.");
        }
    }

    public static void OneOf(JsonObject body, string name, params string[] allowed)
    {
        if (body[name] is { } node && (node is not JsonValue value || !value.TryGetValue(out string? text) || !allowed.Contains(text)))
        {
            throw BatchErrorException.InvalidProperty(name, node.ToJsonString(), $"{name} must be one of: {string.Join(", ", allowed)}.");
        }
    }

    public static void Object(JsonObject body, string name, bool required = false)
    {
        var node = body[name];
        if (node is null)
        {
            if (required)
            {
                throw BatchErrorException.MissingProperty(name);
            }
            return;
        }
        if (node is not JsonObject)
        {
            throw BatchErrorException.InvalidProperty(name, node.ToJsonString(), $"{name} must be a JSON object.");
        }
    }

    public static void Array(JsonObject body, string name)
    {
        if (body[name] is { } node && node is not JsonArray)
        {
            throw BatchErrorException.InvalidProperty(name, node.ToJsonString(), $"{name} must be a JSON array.");
        }
    }

    public static void Duration(JsonObject body, string parent, string name)
    {
        if ((body[parent] as JsonObject)?[name] is not { } node)
        {
            return;
        }
        if (node is not JsonValue value || !value.TryGetValue(out string? text) || !IsIsoDuration(text))
        {
            throw BatchErrorException.InvalidProperty($"{parent}.{name}", node.ToJsonString(), $"{name} must be an ISO 8601 duration such as PT1H.");
        }
    }

    private static bool IsIsoDuration(string text)
    {
        try
        {
            System.Xml.XmlConvert.ToTimeSpan(text);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
        catch (OverflowException)
        {
            // Durations larger than TimeSpan (the service's "unlimited") are well-formed.
            return true;
        }
    }
}
