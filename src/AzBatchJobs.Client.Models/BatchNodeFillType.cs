using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>How Tasks are distributed across Compute Nodes in a Pool. Extensible: values added by newer service versions are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<BatchNodeFillType>))]
public readonly struct BatchNodeFillType : IEquatable<BatchNodeFillType>, IExtensibleEnum<BatchNodeFillType>
{
    private readonly string? _value;

    public BatchNodeFillType(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static BatchNodeFillType Spread { get; } = new BatchNodeFillType("spread");

    public static BatchNodeFillType Pack { get; } = new BatchNodeFillType("pack");

    /// <summary>A value typed by a user: a known value or member name in any case gives the known value; anything else throws a FormatException listing the valid values.</summary>
    public static BatchNodeFillType Parse(string value) => ExtensibleEnum.Parse<BatchNodeFillType>(value);

    public static implicit operator BatchNodeFillType(string? value) => value is null ? default : new BatchNodeFillType(value);

    /// <summary>The wire value, so that a known value can be assigned to or compared with the string properties of the models.</summary>
    public static implicit operator string(BatchNodeFillType value) => value.ToString();

    public static bool operator ==(BatchNodeFillType left, BatchNodeFillType right) => left.Equals(right);

    public static bool operator !=(BatchNodeFillType left, BatchNodeFillType right) => !left.Equals(right);

    public bool Equals(BatchNodeFillType other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is BatchNodeFillType other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>spread</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    BatchNodeFillType IExtensibleEnum<BatchNodeFillType>.FromWireValue(string wireValue) => new BatchNodeFillType(wireValue);
}
