using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The elevation level of a user. Extensible: values added by newer service versions are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<ElevationLevel>))]
public readonly struct ElevationLevel : IEquatable<ElevationLevel>, IExtensibleEnum<ElevationLevel>
{
    private readonly string? _value;

    public ElevationLevel(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static ElevationLevel NonAdmin { get; } = new ElevationLevel("nonadmin");

    public static ElevationLevel Admin { get; } = new ElevationLevel("admin");

    /// <summary>A value typed by a user: a known value or member name in any case gives the known value; anything else throws a FormatException listing the valid values.</summary>
    public static ElevationLevel Parse(string value) => ExtensibleEnum.Parse<ElevationLevel>(value);

    public static implicit operator ElevationLevel(string? value) => value is null ? default : new ElevationLevel(value);

    /// <summary>The wire value, so that a known value can be assigned to or compared with the string properties of the models.</summary>
    public static implicit operator string(ElevationLevel value) => value.ToString();

    public static bool operator ==(ElevationLevel left, ElevationLevel right) => left.Equals(right);

    public static bool operator !=(ElevationLevel left, ElevationLevel right) => !left.Equals(right);

    public bool Equals(ElevationLevel other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is ElevationLevel other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>nonadmin</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    ElevationLevel IExtensibleEnum<ElevationLevel>.FromWireValue(string wireValue) => new ElevationLevel(wireValue);
}
