using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>A Batch resource an authentication token grants access to. Extensible: values added by newer service versions are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<BatchAccessScope>))]
public readonly struct BatchAccessScope : IEquatable<BatchAccessScope>, IExtensibleEnum<BatchAccessScope>
{
    private readonly string? _value;

    public BatchAccessScope(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static BatchAccessScope Job { get; } = new BatchAccessScope("job");

    /// <summary>A value typed by a user: a known value or member name in any case gives the known value; anything else throws a FormatException listing the valid values.</summary>
    public static BatchAccessScope Parse(string value) => ExtensibleEnum.Parse<BatchAccessScope>(value);

    public static implicit operator BatchAccessScope(string? value) => value is null ? default : new BatchAccessScope(value);

    /// <summary>The wire value, so that a known value can be assigned to or compared with the string properties of the models.</summary>
    public static implicit operator string(BatchAccessScope value) => value.ToString();

    public static bool operator ==(BatchAccessScope left, BatchAccessScope right) => left.Equals(right);

    public static bool operator !=(BatchAccessScope left, BatchAccessScope right) => !left.Equals(right);

    public bool Equals(BatchAccessScope other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is BatchAccessScope other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>job</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    BatchAccessScope IExtensibleEnum<BatchAccessScope>.FromWireValue(string wireValue) => new BatchAccessScope(wireValue);
}
