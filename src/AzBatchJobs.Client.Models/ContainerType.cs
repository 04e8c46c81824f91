using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The container technology of a Pool. Extensible: values added by newer service versions are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<ContainerType>))]
public readonly struct ContainerType : IEquatable<ContainerType>, IExtensibleEnum<ContainerType>
{
    private readonly string? _value;

    public ContainerType(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static ContainerType DockerCompatible { get; } = new ContainerType("dockerCompatible");

    public static ContainerType CriCompatible { get; } = new ContainerType("criCompatible");

    /// <summary>A value typed by a user: a known value or member name in any case gives the known value; anything else throws a FormatException listing the valid values.</summary>
    public static ContainerType Parse(string value) => ExtensibleEnum.Parse<ContainerType>(value);

    public static implicit operator ContainerType(string? value) => value is null ? default : new ContainerType(value);

    /// <summary>The wire value, so that a known value can be assigned to or compared with the string properties of the models.</summary>
    public static implicit operator string(ContainerType value) => value.ToString();

    public static bool operator ==(ContainerType left, ContainerType right) => left.Equals(right);

    public static bool operator !=(ContainerType left, ContainerType right) => !left.Equals(right);

    public bool Equals(ContainerType other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is ContainerType other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>dockerCompatible</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    ContainerType IExtensibleEnum<ContainerType>.FromWireValue(string wireValue) => new ContainerType(wireValue);
}
