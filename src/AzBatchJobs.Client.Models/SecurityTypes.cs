using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The security type of a virtual machine. Extensible: values added by newer service versions are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<SecurityTypes>))]
public readonly struct SecurityTypes : IEquatable<SecurityTypes>, IExtensibleEnum<SecurityTypes>
{
    private readonly string? _value;

    public SecurityTypes(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static SecurityTypes TrustedLaunch { get; } = new SecurityTypes("trustedLaunch");

    public static SecurityTypes ConfidentialVM { get; } = new SecurityTypes("confidentialvm");

    /// <summary>A value typed by a user: a known value or member name in any case gives the known value; anything else throws a FormatException listing the valid values.</summary>
    public static SecurityTypes Parse(string value) => ExtensibleEnum.Parse<SecurityTypes>(value);

    public static implicit operator SecurityTypes(string? value) => value is null ? default : new SecurityTypes(value);

    /// <summary>The wire value, so that a known value can be assigned to or compared with the string properties of the models.</summary>
    public static implicit operator string(SecurityTypes value) => value.ToString();

    public static bool operator ==(SecurityTypes left, SecurityTypes right) => left.Equals(right);

    public static bool operator !=(SecurityTypes left, SecurityTypes right) => !left.Equals(right);

    public bool Equals(SecurityTypes other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is SecurityTypes other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>trustedLaunch</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    SecurityTypes IExtensibleEnum<SecurityTypes>.FromWireValue(string wireValue) => new SecurityTypes(wireValue);
}
