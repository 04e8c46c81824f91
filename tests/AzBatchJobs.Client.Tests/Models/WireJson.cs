using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Tests.Models;

/// <summary>
/// Round-trip helpers: read wire JSON into a model, write it back, and check that nothing the
/// service sent was lost or changed. Values are compared by meaning (a date written as
/// <c>+00:00</c> instead of <c>Z</c>, or <c>1813</c> for <c>"1813"</c>, is the same value).
/// </summary>
internal static class WireJson
{
    public static T Read<T>(string json) =>
        BatchJson.Deserialize<T>(json) ?? throw new InvalidOperationException("The JSON was null.");

    /// <summary>Reads <paramref name="json"/> as <typeparamref name="T"/>, writes it back and asserts the two are equivalent.</summary>
    public static T RoundTrip<T>(string json)
    {
        T model = Read<T>(json);
        string written = BatchJson.Serialize(model);
        AssertEquivalent(JsonNode.Parse(json), JsonNode.Parse(written), "$");
        Assert.Equal(written, BatchJson.Serialize(Read<T>(written)));
        return model;
    }

    public static JsonElement Write<T>(T model) => JsonDocument.Parse(BatchJson.Serialize(model)).RootElement;

    public static void AssertEquivalent(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected)
        {
            case null:
                Assert.True(actual == null, $"{path}: expected null, got {actual?.ToJsonString()}");
                break;
            case JsonObject expectedObject:
                var actualObject = Assert.IsType<JsonObject>(actual);
                foreach (var (name, value) in expectedObject)
                {
                    if (value is JsonArray { Count: 0 } && !actualObject.ContainsKey(name))
                    {
                        continue; // an empty collection is not written: same meaning as absent
                    }

                    Assert.True(actualObject.ContainsKey(name), $"{path}.{name} was lost in the round trip.");
                    AssertEquivalent(value, actualObject[name], $"{path}.{name}");
                }

                foreach (var (name, _) in actualObject)
                {
                    Assert.True(expectedObject.ContainsKey(name), $"{path}.{name} was written but not in the original.");
                }

                break;
            case JsonArray expectedArray:
                var actualArray = Assert.IsType<JsonArray>(actual);
                Assert.True(expectedArray.Count == actualArray.Count, $"{path}: expected {expectedArray.Count} items, got {actualArray.Count}.");
                for (int i = 0; i < expectedArray.Count; i++)
                {
                    AssertEquivalent(expectedArray[i], actualArray[i], $"{path}[{i}]");
                }

                break;
            default:
                Assert.True(actual is JsonValue, $"{path}: expected a value, got {actual?.ToJsonString() ?? "nothing"}.");
                Assert.True(SameValue(expected.AsValue(), actual!.AsValue()), $"{path}: expected {expected.ToJsonString()}, got {actual.ToJsonString()}.");
                break;
        }
    }

    private static bool SameValue(JsonValue expected, JsonValue actual)
    {
        string expectedText = Text(expected);
        string actualText = Text(actual);
        if (expectedText == actualText)
        {
            return true;
        }

        if (decimal.TryParse(expectedText, NumberStyles.Float, CultureInfo.InvariantCulture, out var expectedNumber)
            && decimal.TryParse(actualText, NumberStyles.Float, CultureInfo.InvariantCulture, out var actualNumber))
        {
            return expectedNumber == actualNumber;
        }

        if (expectedText.StartsWith('P') && actualText.StartsWith('P'))
        {
            return XmlConvert.ToTimeSpan(expectedText) == XmlConvert.ToTimeSpan(actualText);
        }

        return DateTimeOffset.TryParse(expectedText, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var expectedTime)
            && DateTimeOffset.TryParse(actualText, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var actualTime)
            && expectedTime == actualTime;
    }

    private static string Text(JsonValue value) =>
        value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
}
