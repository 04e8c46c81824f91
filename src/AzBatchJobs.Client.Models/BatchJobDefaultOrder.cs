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

    public static implicit operator BatchJobDefaultOrder(string value) => new BatchJobDefaultOrder(value);

    public static bool operator ==(BatchJobDefaultOrder left, BatchJobDefaultOrder right) => left.Equals(right);

    public static bool operator !=(BatchJobDefaultOrder left, BatchJobDefaultOrder right) => !left.Equals(right);

    public bool Equals(BatchJobDefaultOrder other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is BatchJobDefaultOrder other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>none</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    BatchJobDefaultOrder IExtensibleEnum<BatchJobDefaultOrder>.FromWireValue(string wireValue) => new BatchJobDefaultOrder(wireValue);
}
