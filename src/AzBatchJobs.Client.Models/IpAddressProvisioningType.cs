using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The provisioning type for public IP addresses of a Pool. Extensible: values added by newer service versions are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<IpAddressProvisioningType>))]
public readonly struct IpAddressProvisioningType : IEquatable<IpAddressProvisioningType>, IExtensibleEnum<IpAddressProvisioningType>
{
    private readonly string? _value;

    public IpAddressProvisioningType(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static IpAddressProvisioningType BatchManaged { get; } = new IpAddressProvisioningType("batchmanaged");

    public static IpAddressProvisioningType UserManaged { get; } = new IpAddressProvisioningType("usermanaged");

    public static IpAddressProvisioningType NoPublicIpAddresses { get; } = new IpAddressProvisioningType("nopublicipaddresses");

    /// <summary>A value typed by a user: a known value or member name in any case gives the known value; anything else throws a FormatException listing the valid values.</summary>
    public static IpAddressProvisioningType Parse(string value) => ExtensibleEnum.Parse<IpAddressProvisioningType>(value);

    public static implicit operator IpAddressProvisioningType(string? value) => value is null ? default : new IpAddressProvisioningType(value);

    /// <summary>The wire value, so that a known value can be assigned to or compared with the string properties of the models.</summary>
    public static implicit operator string(IpAddressProvisioningType value) => value.ToString();

    public static bool operator ==(IpAddressProvisioningType left, IpAddressProvisioningType right) => left.Equals(right);

    public static bool operator !=(IpAddressProvisioningType left, IpAddressProvisioningType right) => !left.Equals(right);

    public bool Equals(IpAddressProvisioningType other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is IpAddressProvisioningType other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>batchmanaged</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    IpAddressProvisioningType IExtensibleEnum<IpAddressProvisioningType>.FromWireValue(string wireValue) => new IpAddressProvisioningType(wireValue);
}
