using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The scope of an auto user. Extensible: values added by newer service versions are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<AutoUserScope>))]
public readonly struct AutoUserScope : IEquatable<AutoUserScope>, IExtensibleEnum<AutoUserScope>
{
    private readonly string? _value;

    public AutoUserScope(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static AutoUserScope Task { get; } = new AutoUserScope("task");

    public static AutoUserScope Pool { get; } = new AutoUserScope("pool");

    public static implicit operator AutoUserScope(string value) => new AutoUserScope(value);

    public static bool operator ==(AutoUserScope left, AutoUserScope right) => left.Equals(right);

    public static bool operator !=(AutoUserScope left, AutoUserScope right) => !left.Equals(right);

    public bool Equals(AutoUserScope other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is AutoUserScope other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>task</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    AutoUserScope IExtensibleEnum<AutoUserScope>.FromWireValue(string wireValue) => new AutoUserScope(wireValue);
}
