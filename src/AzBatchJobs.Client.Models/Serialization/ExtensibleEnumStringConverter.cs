using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Serialization;

/// <summary>
/// A model's string property that holds a <typeparamref name="TEnum"/> value. Read as it comes, so
/// values added by newer service versions are kept; written with the wire spelling of a known value
/// (TerminateJob -> terminatejob), any other value as given.
/// </summary>
public sealed class ExtensibleEnumStringConverter<TEnum> : JsonConverter<string>
    where TEnum : struct, IExtensibleEnum<TEnum>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadString(ref reader);

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        writer.WriteStringValue(ExtensibleEnum.ToWireValue<TEnum>(value));
    }

    /// <summary>The string a <typeparamref name="TEnum"/> value is on the wire; any other token is refused, naming the enum.</summary>
    internal static string ReadString(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string for {typeof(TEnum).Name}, found {reader.TokenType}.");
        }

        return reader.GetString()!;
    }
}
