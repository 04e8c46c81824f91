using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The action of a network security group rule. Extensible: values added by newer service versions are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<NetworkSecurityGroupRuleAccess>))]
public readonly struct NetworkSecurityGroupRuleAccess : IEquatable<NetworkSecurityGroupRuleAccess>, IExtensibleEnum<NetworkSecurityGroupRuleAccess>
{
    private readonly string? _value;

    public NetworkSecurityGroupRuleAccess(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static NetworkSecurityGroupRuleAccess Allow { get; } = new NetworkSecurityGroupRuleAccess("allow");

    public static NetworkSecurityGroupRuleAccess Deny { get; } = new NetworkSecurityGroupRuleAccess("deny");

    /// <summary>A value typed by a user: a known value or member name in any case gives the known value; anything else throws a FormatException listing the valid values.</summary>
    public static NetworkSecurityGroupRuleAccess Parse(string value) => ExtensibleEnum.Parse<NetworkSecurityGroupRuleAccess>(value);

    public static implicit operator NetworkSecurityGroupRuleAccess(string? value) => value is null ? default : new NetworkSecurityGroupRuleAccess(value);

    /// <summary>The wire value, so that a known value can be assigned to or compared with the string properties of the models.</summary>
    public static implicit operator string(NetworkSecurityGroupRuleAccess value) => value.ToString();

    public static bool operator ==(NetworkSecurityGroupRuleAccess left, NetworkSecurityGroupRuleAccess right) => left.Equals(right);

    public static bool operator !=(NetworkSecurityGroupRuleAccess left, NetworkSecurityGroupRuleAccess right) => !left.Equals(right);

    public bool Equals(NetworkSecurityGroupRuleAccess other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is NetworkSecurityGroupRuleAccess other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>allow</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    NetworkSecurityGroupRuleAccess IExtensibleEnum<NetworkSecurityGroupRuleAccess>.FromWireValue(string wireValue) => new NetworkSecurityGroupRuleAccess(wireValue);
}
