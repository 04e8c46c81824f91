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

    public static implicit operator BatchNodePlacementPolicyType(string value) => new BatchNodePlacementPolicyType(value);

    public static bool operator ==(BatchNodePlacementPolicyType left, BatchNodePlacementPolicyType right) => left.Equals(right);

    public static bool operator !=(BatchNodePlacementPolicyType left, BatchNodePlacementPolicyType right) => !left.Equals(right);

    public bool Equals(BatchNodePlacementPolicyType other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is BatchNodePlacementPolicyType other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>regional</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    BatchNodePlacementPolicyType IExtensibleEnum<BatchNodePlacementPolicyType>.FromWireValue(string wireValue) => new BatchNodePlacementPolicyType(wireValue);
}
