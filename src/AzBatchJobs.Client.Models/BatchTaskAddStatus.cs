using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The status of one Task in a create-Task-collection request. Extensible: values added by newer service versions are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<BatchTaskAddStatus>))]
public readonly struct BatchTaskAddStatus : IEquatable<BatchTaskAddStatus>, IExtensibleEnum<BatchTaskAddStatus>
{
    private readonly string? _value;

    public BatchTaskAddStatus(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static BatchTaskAddStatus Success { get; } = new BatchTaskAddStatus("success");

    public static BatchTaskAddStatus ClientError { get; } = new BatchTaskAddStatus("clienterror");

    public static BatchTaskAddStatus ServerError { get; } = new BatchTaskAddStatus("servererror");

    /// <summary>A value typed by a user: a known value or member name in any case gives the known value; anything else throws a FormatException listing the valid values.</summary>
    public static BatchTaskAddStatus Parse(string value) => ExtensibleEnum.Parse<BatchTaskAddStatus>(value);

    public static implicit operator BatchTaskAddStatus(string? value) => value is null ? default : new BatchTaskAddStatus(value);

    /// <summary>The wire value, so that a known value can be assigned to or compared with the string properties of the models.</summary>
    public static implicit operator string(BatchTaskAddStatus value) => value.ToString();

    public static bool operator ==(BatchTaskAddStatus left, BatchTaskAddStatus right) => left.Equals(right);

    public static bool operator !=(BatchTaskAddStatus left, BatchTaskAddStatus right) => !left.Equals(right);

    public bool Equals(BatchTaskAddStatus other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is BatchTaskAddStatus other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>success</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    BatchTaskAddStatus IExtensibleEnum<BatchTaskAddStatus>.FromWireValue(string wireValue) => new BatchTaskAddStatus(wireValue);
}
