using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Definitions;

/// <summary>
/// Reads one JSON object into a model, strictly: invalid JSON, unknown properties, values of the wrong
/// kind and values the converters refuse are problems with their JSON paths; with <c>applyRules</c>, so
/// are breaches of the validator's rules. Nothing is read leniently.
/// </summary>
internal static class StrictJsonReader
{
    public sealed class Result
    {
        public object? Value { get; set; }

        public string? Id { get; set; }

        /// <summary>Set for invalid JSON: "line N", the line (of the text read) where it breaks.</summary>
        public string? SyntaxLocation { get; set; }

        public List<BatchJsonProblem> Problems { get; } = new();
    }

    public static Result Read(ReadOnlyMemory<byte> utf8, Type type, bool applyRules)
    {
        var result = new Result();
        var kind = DefinitionKind.OfCreateType(type);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException e)
        {
            result.SyntaxLocation = LineLocation(1 + (e.LineNumber ?? 0));
            result.Problems.Add(SyntaxProblem(e));
            return result;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                result.Problems.Add(new BatchJsonProblem("", $"expected a JSON object ({kind?.Noun ?? type.Name}), found {JsonShapeChecker.Describe(root)}."));
                return result;
            }
            if (root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String) result.Id = id.GetString();
            result.Problems.AddRange(JsonShapeChecker.Check(root, type, kind));
            if (result.Problems.Count > 0) return result;
        }
        try
        {
            result.Value = JsonSerializer.Deserialize(utf8.Span, type, BatchJson.Options);
        }
        catch (JsonException e)
        {
            result.Problems.Add(ConverterProblem(e));
            return result;
        }
        if (applyRules && kind is not null) ApplyRules(result, kind);
        return result;
    }

    /// <summary>The validator's rules for a body already read (after parameters were laid over it, say).</summary>
    public static BatchJsonProblem? RuleProblem(object value, DefinitionKind kind)
    {
        try
        {
            kind.Validate(value);
            return null;
        }
        catch (ArgumentException e)
        {
            return ValidatorPaths.ToProblem(e, kind);
        }
    }

    /// <summary>"invalid JSON: ..." without System.Text.Json's position suffix (the location says where).</summary>
    public static BatchJsonProblem SyntaxProblem(JsonException exception) =>
        new("", $"invalid JSON: {WithoutPosition(exception.Message)}");

    public static string LineLocation(long line) => "line " + line.ToString(CultureInfo.InvariantCulture);

    private static void ApplyRules(Result result, DefinitionKind kind)
    {
        var problem = RuleProblem(result.Value!, kind);
        if (problem is null) return;
        result.Problems.Add(problem);
        result.Value = null;
    }

    // A converter's failure: System.Text.Json knows the path ("$.constraints.maxWallClockTime").
    private static BatchJsonProblem ConverterProblem(JsonException exception)
    {
        var path = (exception.Path ?? "$").TrimStart('$').TrimStart('.');
        return new BatchJsonProblem(path, WithoutPosition(exception.Message));
    }

    private static string WithoutPosition(string message)
    {
        foreach (var marker in new[] { " Path: ", " LineNumber: ", " | LineNumber" })
        {
            var at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at > 0) message = message.Substring(0, at);
        }
        return message.Trim();
    }
}
