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

    public static implicit operator NetworkSecurityGroupRuleAccess(string value) => new NetworkSecurityGroupRuleAccess(value);

    public static bool operator ==(NetworkSecurityGroupRuleAccess left, NetworkSecurityGroupRuleAccess right) => left.Equals(right);

    public static bool operator !=(NetworkSecurityGroupRuleAccess left, NetworkSecurityGroupRuleAccess right) => !left.Equals(right);

    public bool Equals(NetworkSecurityGroupRuleAccess other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is NetworkSecurityGroupRuleAccess other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>allow</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    NetworkSecurityGroupRuleAccess IExtensibleEnum<NetworkSecurityGroupRuleAccess>.FromWireValue(string wireValue) => new NetworkSecurityGroupRuleAccess(wireValue);
}
