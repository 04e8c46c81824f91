using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The minimum lifetime of auto Pools and how Jobs share them. Extensible: values added by newer service versions are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<BatchPoolLifetimeOption>))]
public readonly struct BatchPoolLifetimeOption : IEquatable<BatchPoolLifetimeOption>, IExtensibleEnum<BatchPoolLifetimeOption>
{
    private readonly string? _value;

    public BatchPoolLifetimeOption(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static BatchPoolLifetimeOption JobSchedule { get; } = new BatchPoolLifetimeOption("jobschedule");

    public static BatchPoolLifetimeOption Job { get; } = new BatchPoolLifetimeOption("job");

    /// <summary>A value typed by a user: a known value or member name in any case gives the known value; anything else throws a FormatException listing the valid values.</summary>
    public static BatchPoolLifetimeOption Parse(string value) => ExtensibleEnum.Parse<BatchPoolLifetimeOption>(value);

    public static implicit operator BatchPoolLifetimeOption(string? value) => value is null ? default : new BatchPoolLifetimeOption(value);

    /// <summary>The wire value, so that a known value can be assigned to or compared with the string properties of the models.</summary>
    public static implicit operator string(BatchPoolLifetimeOption value) => value.ToString();

    public static bool operator ==(BatchPoolLifetimeOption left, BatchPoolLifetimeOption right) => left.Equals(right);

    public static bool operator !=(BatchPoolLifetimeOption left, BatchPoolLifetimeOption right) => !left.Equals(right);

    public bool Equals(BatchPoolLifetimeOption other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is BatchPoolLifetimeOption other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>jobschedule</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    BatchPoolLifetimeOption IExtensibleEnum<BatchPoolLifetimeOption>.FromWireValue(string wireValue) => new BatchPoolLifetimeOption(wireValue);
}
