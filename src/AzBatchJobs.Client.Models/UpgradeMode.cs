using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The mode of an upgrade to the virtual machines of a Pool. Extensible: values added by newer service versions are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<UpgradeMode>))]
public readonly struct UpgradeMode : IEquatable<UpgradeMode>, IExtensibleEnum<UpgradeMode>
{
    private readonly string? _value;

    public UpgradeMode(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static UpgradeMode Automatic { get; } = new UpgradeMode("automatic");

    public static UpgradeMode Manual { get; } = new UpgradeMode("manual");

    public static UpgradeMode Rolling { get; } = new UpgradeMode("rolling");

    /// <summary>A value typed by a user: a known value or member name in any case gives the known value; anything else throws a FormatException listing the valid values.</summary>
    public static UpgradeMode Parse(string value) => ExtensibleEnum.Parse<UpgradeMode>(value);

    public static implicit operator UpgradeMode(string? value) => value is null ? default : new UpgradeMode(value);

    /// <summary>The wire value, so that a known value can be assigned to or compared with the string properties of the models.</summary>
    public static implicit operator string(UpgradeMode value) => value.ToString();

    public static bool operator ==(UpgradeMode left, UpgradeMode right) => left.Equals(right);

    public static bool operator !=(UpgradeMode left, UpgradeMode right) => !left.Equals(right);

    public bool Equals(UpgradeMode other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is UpgradeMode other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>automatic</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    UpgradeMode IExtensibleEnum<UpgradeMode>.FromWireValue(string wireValue) => new UpgradeMode(wireValue);
}
