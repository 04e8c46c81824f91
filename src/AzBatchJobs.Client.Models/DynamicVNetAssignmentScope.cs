using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The scope of dynamic VNet assignment. Extensible: values added by newer service versions are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<DynamicVNetAssignmentScope>))]
public readonly struct DynamicVNetAssignmentScope : IEquatable<DynamicVNetAssignmentScope>, IExtensibleEnum<DynamicVNetAssignmentScope>
{
    private readonly string? _value;

    public DynamicVNetAssignmentScope(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static DynamicVNetAssignmentScope None { get; } = new DynamicVNetAssignmentScope("none");

    public static DynamicVNetAssignmentScope Job { get; } = new DynamicVNetAssignmentScope("job");

    /// <summary>A value typed by a user: a known value or member name in any case gives the known value; anything else throws a FormatException listing the valid values.</summary>
    public static DynamicVNetAssignmentScope Parse(string value) => ExtensibleEnum.Parse<DynamicVNetAssignmentScope>(value);

    public static implicit operator DynamicVNetAssignmentScope(string? value) => value is null ? default : new DynamicVNetAssignmentScope(value);

    /// <summary>The wire value, so that a known value can be assigned to or compared with the string properties of the models.</summary>
    public static implicit operator string(DynamicVNetAssignmentScope value) => value.ToString();

    public static bool operator ==(DynamicVNetAssignmentScope left, DynamicVNetAssignmentScope right) => left.Equals(right);

    public static bool operator !=(DynamicVNetAssignmentScope left, DynamicVNetAssignmentScope right) => !left.Equals(right);

    public bool Equals(DynamicVNetAssignmentScope other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is DynamicVNetAssignmentScope other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>none</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    DynamicVNetAssignmentScope IExtensibleEnum<DynamicVNetAssignmentScope>.FromWireValue(string wireValue) => new DynamicVNetAssignmentScope(wireValue);
}
