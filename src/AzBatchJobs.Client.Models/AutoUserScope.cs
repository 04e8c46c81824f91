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

    /// <summary>A value typed by a user: a known value or member name in any case gives the known value; anything else throws a FormatException listing the valid values.</summary>
    public static AutoUserScope Parse(string value) => ExtensibleEnum.Parse<AutoUserScope>(value);

    public static implicit operator AutoUserScope(string? value) => value is null ? default : new AutoUserScope(value);

    /// <summary>The wire value, so that a known value can be assigned to or compared with the string properties of the models.</summary>
    public static implicit operator string(AutoUserScope value) => value.ToString();

    public static bool operator ==(AutoUserScope left, AutoUserScope right) => left.Equals(right);

    public static bool operator !=(AutoUserScope left, AutoUserScope right) => !left.Equals(right);

    public bool Equals(AutoUserScope other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is AutoUserScope other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>task</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    AutoUserScope IExtensibleEnum<AutoUserScope>.FromWireValue(string wireValue) => new AutoUserScope(wireValue);
}
