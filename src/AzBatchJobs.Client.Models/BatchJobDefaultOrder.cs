using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The order for scheduling Tasks from different Jobs with the same priority. Extensible: values added by newer service versions are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<BatchJobDefaultOrder>))]
public readonly struct BatchJobDefaultOrder : IEquatable<BatchJobDefaultOrder>, IExtensibleEnum<BatchJobDefaultOrder>
{
    private readonly string? _value;

    public BatchJobDefaultOrder(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static BatchJobDefaultOrder None { get; } = new BatchJobDefaultOrder("none");

    public static BatchJobDefaultOrder CreationTime { get; } = new BatchJobDefaultOrder("creationtime");

    /// <summary>A value typed by a user: a known value or member name in any case gives the known value; anything else throws a FormatException listing the valid values.</summary>
    public static BatchJobDefaultOrder Parse(string value) => ExtensibleEnum.Parse<BatchJobDefaultOrder>(value);

    public static implicit operator BatchJobDefaultOrder(string? value) => value is null ? default : new BatchJobDefaultOrder(value);

    /// <summary>The wire value, so that a known value can be assigned to or compared with the string properties of the models.</summary>
    public static implicit operator string(BatchJobDefaultOrder value) => value.ToString();

    public static bool operator ==(BatchJobDefaultOrder left, BatchJobDefaultOrder right) => left.Equals(right);

    public static bool operator !=(BatchJobDefaultOrder left, BatchJobDefaultOrder right) => !left.Equals(right);

    public bool Equals(BatchJobDefaultOrder other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is BatchJobDefaultOrder other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>none</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    BatchJobDefaultOrder IExtensibleEnum<BatchJobDefaultOrder>.FromWireValue(string wireValue) => new BatchJobDefaultOrder(wireValue);
}
