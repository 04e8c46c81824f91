using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Serialization;

/// <summary>
/// A model's list of <typeparamref name="TEnum"/> values held as strings, so that ConvertTo-Json and
/// CSV show the values themselves: read as they come, written with the wire spelling of known values.
/// </summary>
public sealed class ExtensibleEnumStringArrayConverter<TEnum> : JsonConverter<string[]>
    where TEnum : struct, IExtensibleEnum<TEnum>
{
    public override string[] Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected an array of {typeof(TEnum).Name} values, found {reader.TokenType}.");
        }

        var values = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            values.Add(ExtensibleEnumStringConverter<TEnum>.ReadString(ref reader));
        }

        return values.ToArray();
    }

    public override void Write(Utf8JsonWriter writer, string[] value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var item in value)
        {
            writer.WriteStringValue(ExtensibleEnum.ToWireValue<TEnum>(item));
        }

        writer.WriteEndArray();
    }
}
