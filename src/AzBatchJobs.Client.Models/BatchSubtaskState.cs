using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The state of a subtask of a multi-instance Task. Extensible: values added by newer service versions are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<BatchSubtaskState>))]
public readonly struct BatchSubtaskState : IEquatable<BatchSubtaskState>, IExtensibleEnum<BatchSubtaskState>
{
    private readonly string? _value;

    public BatchSubtaskState(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static BatchSubtaskState Preparing { get; } = new BatchSubtaskState("preparing");

    public static BatchSubtaskState Running { get; } = new BatchSubtaskState("running");

    public static BatchSubtaskState Completed { get; } = new BatchSubtaskState("completed");

    /// <summary>A value typed by a user: a known value or member name in any case gives the known value; anything else throws a FormatException listing the valid values.</summary>
    public static BatchSubtaskState Parse(string value) => ExtensibleEnum.Parse<BatchSubtaskState>(value);

    public static implicit operator BatchSubtaskState(string? value) => value is null ? default : new BatchSubtaskState(value);

    /// <summary>The wire value, so that a known value can be assigned to or compared with the string properties of the models.</summary>
    public static implicit operator string(BatchSubtaskState value) => value.ToString();

    public static bool operator ==(BatchSubtaskState left, BatchSubtaskState right) => left.Equals(right);

    public static bool operator !=(BatchSubtaskState left, BatchSubtaskState right) => !left.Equals(right);

    public bool Equals(BatchSubtaskState other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is BatchSubtaskState other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>preparing</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    BatchSubtaskState IExtensibleEnum<BatchSubtaskState>.FromWireValue(string wireValue) => new BatchSubtaskState(wireValue);
}
