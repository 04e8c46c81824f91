using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Xml;

namespace AzBatchJobs.Client.Serialization;

/// <summary>
/// Reads and writes <see cref="TimeSpan"/> as an ISO 8601 duration (<c>PT1H</c>), the Batch
/// wire format. The service's "infinite" duration <c>P10675199DT2H48M5.4775807S</c> is
/// <see cref="TimeSpan.MaxValue"/>.
/// </summary>
public sealed class Iso8601DurationConverter : JsonConverter<TimeSpan>
{
    public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected an ISO 8601 duration string, found {reader.TokenType}.");
        }

        return Parse(reader.GetString()!);
    }

    public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options)
    {
        writer.WriteStringValue(Format(value));
    }

    /// <summary>Parses an ISO 8601 duration such as <c>PT1H30M</c> or <c>P1DT2H</c>.</summary>
    public static TimeSpan Parse(string text)
    {
        try
        {
            return XmlConvert.ToTimeSpan(text);
        }
        catch (FormatException)
        {
            throw new JsonException($"'{text}' is not an ISO 8601 duration (expected a value such as 'PT1H' or 'P1DT2H30M').");
        }
        catch (OverflowException)
        {
            throw new JsonException($"The ISO 8601 duration '{text}' is larger than TimeSpan.MaxValue.");
        }
    }

    /// <summary>Formats a duration as ISO 8601, for example <c>PT1H</c>.</summary>
    public static string Format(TimeSpan value) => XmlConvert.ToString(value);
}
