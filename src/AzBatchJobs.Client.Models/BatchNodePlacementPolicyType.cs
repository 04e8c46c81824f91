using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The node placement policy of a Pool. Extensible: values added by newer service versions are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<BatchNodePlacementPolicyType>))]
public readonly struct BatchNodePlacementPolicyType : IEquatable<BatchNodePlacementPolicyType>, IExtensibleEnum<BatchNodePlacementPolicyType>
{
    private readonly string? _value;

    public BatchNodePlacementPolicyType(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static BatchNodePlacementPolicyType Regional { get; } = new BatchNodePlacementPolicyType("regional");

    public static BatchNodePlacementPolicyType Zonal { get; } = new BatchNodePlacementPolicyType("zonal");

    /// <summary>A value typed by a user: a known value or member name in any case gives the known value; anything else throws a FormatException listing the valid values.</summary>
    public static BatchNodePlacementPolicyType Parse(string value) => ExtensibleEnum.Parse<BatchNodePlacementPolicyType>(value);

    public static implicit operator BatchNodePlacementPolicyType(string? value) => value is null ? default : new BatchNodePlacementPolicyType(value);

    /// <summary>The wire value, so that a known value can be assigned to or compared with the string properties of the models.</summary>
    public static implicit operator string(BatchNodePlacementPolicyType value) => value.ToString();

    public static bool operator ==(BatchNodePlacementPolicyType left, BatchNodePlacementPolicyType right) => left.Equals(right);

    public static bool operator !=(BatchNodePlacementPolicyType left, BatchNodePlacementPolicyType right) => !left.Equals(right);

    public bool Equals(BatchNodePlacementPolicyType other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is BatchNodePlacementPolicyType other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>regional</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    BatchNodePlacementPolicyType IExtensibleEnum<BatchNodePlacementPolicyType>.FromWireValue(string wireValue) => new BatchNodePlacementPolicyType(wireValue);
}
