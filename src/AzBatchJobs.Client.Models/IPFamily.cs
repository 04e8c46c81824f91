using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>An IP version available to a Pool. Extensible: values added by newer service versions are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<IPFamily>))]
public readonly struct IPFamily : IEquatable<IPFamily>, IExtensibleEnum<IPFamily>
{
    private readonly string? _value;

    public IPFamily(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static IPFamily IPv4 { get; } = new IPFamily("IPv4");

    public static IPFamily IPv6 { get; } = new IPFamily("IPv6");

    /// <summary>A value typed by a user: a known value or member name in any case gives the known value; anything else throws a FormatException listing the valid values.</summary>
    public static IPFamily Parse(string value) => ExtensibleEnum.Parse<IPFamily>(value);

    public static implicit operator IPFamily(string? value) => value is null ? default : new IPFamily(value);

    /// <summary>The wire value, so that a known value can be assigned to or compared with the string properties of the models.</summary>
    public static implicit operator string(IPFamily value) => value.ToString();

    public static bool operator ==(IPFamily left, IPFamily right) => left.Equals(right);

    public static bool operator !=(IPFamily left, IPFamily right) => !left.Equals(right);

    public bool Equals(IPFamily other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is IPFamily other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>IPv4</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    IPFamily IExtensibleEnum<IPFamily>.FromWireValue(string wireValue) => new IPFamily(wireValue);
}
