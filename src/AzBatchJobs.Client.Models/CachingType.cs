using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The caching mode of a disk. Extensible: values added by newer service versions are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<CachingType>))]
public readonly struct CachingType : IEquatable<CachingType>, IExtensibleEnum<CachingType>
{
    private readonly string? _value;

    public CachingType(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static CachingType None { get; } = new CachingType("none");

    public static CachingType ReadOnly { get; } = new CachingType("readonly");

    public static CachingType ReadWrite { get; } = new CachingType("readwrite");

    /// <summary>A value typed by a user: a known value or member name in any case gives the known value; anything else throws a FormatException listing the valid values.</summary>
    public static CachingType Parse(string value) => ExtensibleEnum.Parse<CachingType>(value);

    public static implicit operator CachingType(string? value) => value is null ? default : new CachingType(value);

    /// <summary>The wire value, so that a known value can be assigned to or compared with the string properties of the models.</summary>
    public static implicit operator string(CachingType value) => value.ToString();

    public static bool operator ==(CachingType left, CachingType right) => left.Equals(right);

    public static bool operator !=(CachingType left, CachingType right) => !left.Equals(right);

    public bool Equals(CachingType other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is CachingType other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>none</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    CachingType IExtensibleEnum<CachingType>.FromWireValue(string wireValue) => new CachingType(wireValue);
}
