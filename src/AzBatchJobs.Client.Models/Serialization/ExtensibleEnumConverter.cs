using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AzBatchJobs.Client.Serialization;

/// <summary>
/// Reads and writes an extensible enum struct as its wire string. Values unknown to this
/// client (added by newer service versions) are kept as they are, so they survive a round trip.
/// </summary>
public sealed class ExtensibleEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, IExtensibleEnum<TEnum>
{
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        default(TEnum).FromWireValue(ExtensibleEnumStringConverter<TEnum>.ReadString(ref reader));

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        writer.WriteStringValue(value.ToString());
    }
}
