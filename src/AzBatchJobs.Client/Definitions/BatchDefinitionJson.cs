using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AzBatchJobs.Client.Models;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Definitions;

/// <summary>
/// Job, task and job schedule definitions as the REST API's JSON (the request bodies, in the spec's
/// property names), in and out. Reading is strict: invalid JSON, unknown properties, values of the wrong
/// kind and breaches of the service's rules are <see cref="BatchJsonInputException"/>s whose lines name
/// the input, the item and the JSON path. A file of tasks is read as a stream, one item at a time.
/// </summary>
public static class BatchDefinitionJson
{
    private static readonly JsonSerializerOptions Indented = WriteOptions(indented: true);
    private static readonly JsonSerializerOptions Compact = WriteOptions(indented: false);

    /// <summary>
    /// Reads one definition (<see cref="BatchJobCreateOptions"/>, <see cref="BatchTaskCreateOptions"/>, ...)
    /// strictly; the service's rules are left to <see cref="Check{T}"/>, so parameters can complete it first.
    /// </summary>
    /// <param name="json">The JSON text of one object.</param>
    /// <param name="inputName">What the JSON came from, as errors name it: a file name, "-Json".</param>
    /// <param name="location">Where in a larger input it is, e.g. "line 17"; errors say so.</param>
    public static T Read<T>(string json, string inputName, string? location = null)
        where T : class
    {
        if (json is null) throw new ArgumentNullException(nameof(json));
        var result = StrictJsonReader.Read(Encoding.UTF8.GetBytes(json), typeof(T), applyRules: false);
        if (result.Problems.Count > 0) throw new BatchJsonInputException(inputName, location ?? result.SyntaxLocation, result.Id, result.Problems);
        return (T)result.Value!;
    }

    /// <summary>Applies the service's rules (BatchInputValidator) to a definition, naming fields by their JSON paths.</summary>
    public static void Check<T>(T definition, string inputName, string? location = null)
        where T : class
    {
        if (definition is null) throw new ArgumentNullException(nameof(definition));
        var kind = DefinitionKind.OfCreateType(typeof(T))
            ?? throw new ArgumentException($"{typeof(T).Name} is not a definition that can be checked.", nameof(definition));
        var problem = StrictJsonReader.RuleProblem(definition, kind);
        if (problem is not null) throw new BatchJsonInputException(inputName, location, kind.IdOf(definition), new[] { problem });
    }

    /// <summary>
    /// The tasks of a UTF-8 stream: a JSON array of tasks (as <c>az batch task create --json-file</c> takes),
    /// an add-collection body <c>{"value": [...]}</c>, or JSON Lines (one task per line). Each is read
    /// strictly and checked by the service's rules as it comes; the stream is read a buffer at a time. An
    /// invalid item is an item with an error, and the next items follow; invalid JSON ends the sequence
    /// with its error, as nothing after it can be read.
    /// </summary>
    public static IEnumerable<BatchJsonItem<BatchTaskCreateOptions>> ReadTasks(Stream utf8Json, string inputName)
    {
        if (utf8Json is null) throw new ArgumentNullException(nameof(utf8Json));
        return ReadItems<BatchTaskCreateOptions>(utf8Json, inputName);
    }

    /// <summary>Whether <see cref="Write"/> takes objects of this type: jobs, tasks, job schedules and their create options.</summary>
    public static bool IsDefinition(Type type) => DefinitionKind.Of(type) is not null;

    /// <summary>
    /// A job, task or job schedule read from the service as the body that would create it (its read-only
    /// properties left out), so it can be copied; a body is returned as it is.
    /// </summary>
    public static object ToCreateOptions(object definition)
    {
        if (definition is null) throw new ArgumentNullException(nameof(definition));
        var type = definition.GetType();
        var kind = DefinitionKind.Of(type) ?? throw new ArgumentException(
            $"A {type.Name} is not a Batch definition: give a job, task or job schedule, or its create options.", nameof(definition));
        if (kind.CreateType == type) return definition;
        var json = JsonSerializer.SerializeToUtf8Bytes(definition, type, BatchJson.Options);
        return JsonSerializer.Deserialize(json, kind.CreateType, BatchJson.Options)!;
    }

    /// <summary>
    /// The REST-shaped JSON of a definition, or of a resource as its create body, that <see cref="Read{T}"/>
    /// reads back. Secrets (x-ms-secret properties) are left out; <paramref name="secretsLeftOut"/> has the JSON
    /// paths of those removed and, for a resource (which the service returns without its secrets), of those the
    /// spec requires, so that they can be added where the JSON is used.
    /// </summary>
    public static string Write(object definition, bool indented, out IReadOnlyList<string> secretsLeftOut)
    {
        var body = ToCreateOptions(definition);
        var node = JsonSerializer.SerializeToNode(body, body.GetType(), BatchJson.Options)!;
        var missing = new List<string>();
        var isResource = !ReferenceEquals(body, definition);
        SecretProperties.Remove(node, JsonShapeChecker.TypeInfo(body.GetType()), "", isResource, missing);
        secretsLeftOut = missing;
        return node.ToJsonString(indented ? Indented : Compact);
    }

    private static IEnumerable<BatchJsonItem<T>> ReadItems<T>(Stream utf8Json, string inputName)
        where T : class
    {
        foreach (var item in JsonItemSplitter.Split(utf8Json))
        {
            if (item.SyntaxError is not null)
            {
                var syntax = new[] { StrictJsonReader.SyntaxProblem(item.SyntaxError) };
                var line = StrictJsonReader.LineLocation(item.Line);
                yield return new BatchJsonItem<T>(item.Index, line, null, new BatchJsonInputException(inputName, line, null, syntax));
                yield break;
            }
            var location = item.InArray
                ? "[" + item.Index.ToString(CultureInfo.InvariantCulture) + "]"
                : StrictJsonReader.LineLocation(item.Line);
            var result = StrictJsonReader.Read(item.Utf8, typeof(T), applyRules: true);
            yield return result.Problems.Count == 0
                ? new BatchJsonItem<T>(item.Index, location, (T)result.Value!, null)
                : new BatchJsonItem<T>(item.Index, location, null, new BatchJsonInputException(inputName, location, result.Id, result.Problems));
        }
    }

    // For files people read and edit: indented on request, and no \u0027 for the quotes of command lines.
    private static JsonSerializerOptions WriteOptions(bool indented)
    {
        var options = new JsonSerializerOptions(BatchJson.Options)
        {
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly();
        return options;
    }
}
