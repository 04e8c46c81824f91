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

    public static implicit operator BatchErrorSourceCategory(string value) => new BatchErrorSourceCategory(value);

    public static bool operator ==(BatchErrorSourceCategory left, BatchErrorSourceCategory right) => left.Equals(right);

    public static bool operator !=(BatchErrorSourceCategory left, BatchErrorSourceCategory right) => !left.Equals(right);

    public bool Equals(BatchErrorSourceCategory other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is BatchErrorSourceCategory other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>usererror</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    BatchErrorSourceCategory IExtensibleEnum<BatchErrorSourceCategory>.FromWireValue(string wireValue) => new BatchErrorSourceCategory(wireValue);
}
