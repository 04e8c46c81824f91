using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The state of a Task. Extensible: values added by newer service versions are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<BatchTaskState>))]
public readonly struct BatchTaskState : IEquatable<BatchTaskState>, IExtensibleEnum<BatchTaskState>
{
    private readonly string? _value;

    public BatchTaskState(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static BatchTaskState Active { get; } = new BatchTaskState("active");

    public static BatchTaskState Preparing { get; } = new BatchTaskState("preparing");

    public static BatchTaskState Running { get; } = new BatchTaskState("running");

    public static BatchTaskState Completed { get; } = new BatchTaskState("completed");

    /// <summary>A value typed by a user: a known value or member name in any case gives the known value; anything else throws a FormatException listing the valid values.</summary>
    public static BatchTaskState Parse(string value) => ExtensibleEnum.Parse<BatchTaskState>(value);

    public static implicit operator BatchTaskState(string? value) => value is null ? default : new BatchTaskState(value);

    /// <summary>The wire value, so that a known value can be assigned to or compared with the string properties of the models.</summary>
    public static implicit operator string(BatchTaskState value) => value.ToString();

    public static bool operator ==(BatchTaskState left, BatchTaskState right) => left.Equals(right);

    public static bool operator !=(BatchTaskState left, BatchTaskState right) => !left.Equals(right);

    public bool Equals(BatchTaskState other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is BatchTaskState other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>active</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    BatchTaskState IExtensibleEnum<BatchTaskState>.FromWireValue(string wireValue) => new BatchTaskState(wireValue);
}
