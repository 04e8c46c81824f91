using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace AzBatchJobs.Client.Serialization;

/// <summary>
/// The JSON settings of the Batch wire format: camelCase names from the models'
/// <see cref="JsonPropertyNameAttribute"/>s, unknown properties ignored, nulls and empty
/// collections not written, durations as ISO 8601, enum structs as their wire strings.
/// </summary>
public static class BatchJson
{
    /// <summary>The one <see cref="JsonSerializerOptions"/> used for every request and response body.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static byte[] SerializeToUtf8Bytes<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    /// <summary>
    /// Reads <paramref name="json"/> as <typeparamref name="T"/>. A malformed value throws a
    /// <see cref="JsonException"/> whose message names the JSON path of the offending field.
    /// </summary>
    public static T? Deserialize<T>(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options);
        }
        catch (JsonException exception)
        {
            throw WithPathInMessage(exception);
        }
    }

    /// <inheritdoc cref="Deserialize{T}(string)"/>
    public static T? Deserialize<T>(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(utf8Json, Options);
        }
        catch (JsonException exception)
        {
            throw WithPathInMessage(exception);
        }
    }

    // System.Text.Json adds the path to its own messages but not to those of custom converters.
    private static JsonException WithPathInMessage(JsonException exception)
    {
        if (exception.Path == null || exception.Message.IndexOf(exception.Path, StringComparison.Ordinal) >= 0)
        {
            return exception;
        }

        return new JsonException(
            $"{exception.Message} Path: {exception.Path}.",
            exception.Path,
            exception.LineNumber,
            exception.BytePositionInLine,
            exception);
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var resolver = new DefaultJsonTypeInfoResolver();
        resolver.Modifiers.Add(CollectionPropertyPolicy.Apply);

        var options = new JsonSerializerOptions
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
            TypeInfoResolver = resolver,
        };
        options.Converters.Add(new Iso8601DurationConverter());
        options.MakeReadOnly();
        return options;
    }
}
