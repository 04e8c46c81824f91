using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml;

namespace AzBatchJobs.Emulator.Schedules;

/// <summary>
/// A job schedule's "schedule" property: every part optional. A missing startWindow is infinite; a
/// missing recurrenceInterval means one job only. Durations too large for TimeSpan (the service's
/// "unlimited") read as missing.
/// </summary>
internal readonly record struct ScheduleTiming(DateTime? DoNotRunUntil, DateTime? DoNotRunAfter, TimeSpan? StartWindow, TimeSpan? RecurrenceInterval)
{
    public static ScheduleTiming Read(JsonObject? schedule) => new(
        Time(schedule?["doNotRunUntil"]),
        Time(schedule?["doNotRunAfter"]),
        ParseDuration(schedule?["startWindow"]),
        ParseDuration(schedule?["recurrenceInterval"]));

    /// <summary>Parses an ISO 8601 date-time as UTC; null when it is not one.</summary>
    public static DateTime? ParseTime(string? text) =>
        text is not null && DateTime.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time)
            ? DateTime.SpecifyKind(time, DateTimeKind.Utc)
            : null;

    private static DateTime? Time(JsonNode? node) => node is JsonValue value && value.TryGetValue(out string? text) ? ParseTime(text) : null;

    /// <summary>An ISO 8601 duration; null when it is not one or exceeds TimeSpan.</summary>
    public static TimeSpan? ParseDuration(JsonNode? node)
    {
        if (node is not JsonValue value || !value.TryGetValue(out string? text))
        {
            return null;
        }
        try
        {
            return XmlConvert.ToTimeSpan(text);
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            return null;
        }
    }
}
