using System;
using System.Globalization;
using System.Management.Automation;

namespace AzBatchJobs;

/// <summary>
/// A TimeSpan parameter that takes a bare number as seconds, as Wait-Job and Start-Sleep do
/// (-Timeout 30, -PollInterval 2.5); a TimeSpan or its text ('00:30:00') still works. A value below
/// the minimum is refused at binding.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class SecondsOrTimeSpanAttribute : ArgumentTransformationAttribute
{
    private readonly double _minimumSeconds;

    public SecondsOrTimeSpanAttribute(double minimumSeconds = 0) => _minimumSeconds = minimumSeconds;

    public override object Transform(EngineIntrinsics engineIntrinsics, object inputData)
    {
        var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
        var time = value switch
        {
            null => throw new ArgumentTransformationMetadataException("A time is required: seconds (30) or a TimeSpan ('00:30:00')."),
            TimeSpan span => span,
            string text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) => FromSeconds(seconds),
            string text => Parse(text),
            IConvertible number when IsNumber(number) => FromSeconds(number.ToDouble(CultureInfo.InvariantCulture)),
            _ => throw new ArgumentTransformationMetadataException($"'{value}' is not a time: give seconds (30) or a TimeSpan ('00:30:00')."),
        };
        if (time.TotalSeconds < _minimumSeconds)
            throw new ArgumentTransformationMetadataException(string.Format(CultureInfo.InvariantCulture, "The value must be at least {0} second(s); it is {1}.", _minimumSeconds, time));
        return time;
    }

    private static TimeSpan FromSeconds(double seconds)
    {
        if (double.IsNaN(seconds) || seconds > TimeSpan.MaxValue.TotalSeconds || seconds < TimeSpan.MinValue.TotalSeconds)
            throw new ArgumentTransformationMetadataException($"{seconds} seconds is not a time this parameter can take.");
        return TimeSpan.FromSeconds(seconds);
    }

    private static TimeSpan Parse(string text) =>
        TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span)
            ? span
            : throw new ArgumentTransformationMetadataException($"'{text}' is not a time: give seconds (30) or a TimeSpan ('00:30:00').");

    private static bool IsNumber(IConvertible value) => value.GetTypeCode() is >= TypeCode.SByte and <= TypeCode.Decimal;
}
