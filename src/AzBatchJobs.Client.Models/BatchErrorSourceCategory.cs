using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The category of an error. Extensible: values added by newer service versions are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<BatchErrorSourceCategory>))]
public readonly struct BatchErrorSourceCategory : IEquatable<BatchErrorSourceCategory>, IExtensibleEnum<BatchErrorSourceCategory>
{
    private readonly string? _value;

    public BatchErrorSourceCategory(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static BatchErrorSourceCategory UserError { get; } = new BatchErrorSourceCategory("usererror");

    public static BatchErrorSourceCategory ServerError { get; } = new BatchErrorSourceCategory("servererror");

    /// <summary>A value typed by a user: a known value or member name in any case gives the known value; anything else throws a FormatException listing the valid values.</summary>
    public static BatchErrorSourceCategory Parse(string value) => ExtensibleEnum.Parse<BatchErrorSourceCategory>(value);

    public static implicit operator BatchErrorSourceCategory(string? value) => value is null ? default : new BatchErrorSourceCategory(value);

    /// <summary>The wire value, so that a known value can be assigned to or compared with the string properties of the models.</summary>
    public static implicit operator string(BatchErrorSourceCategory value) => value.ToString();

    public static bool operator ==(BatchErrorSourceCategory left, BatchErrorSourceCategory right) => left.Equals(right);

    public static bool operator !=(BatchErrorSourceCategory left, BatchErrorSourceCategory right) => !left.Equals(right);

    public bool Equals(BatchErrorSourceCategory other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is BatchErrorSourceCategory other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>usererror</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    BatchErrorSourceCategory IExtensibleEnum<BatchErrorSourceCategory>.FromWireValue(string wireValue) => new BatchErrorSourceCategory(wireValue);
}
