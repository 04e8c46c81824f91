using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The state of a Job. Extensible: values added by newer service versions are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<BatchJobState>))]
public readonly struct BatchJobState : IEquatable<BatchJobState>, IExtensibleEnum<BatchJobState>
{
    private readonly string? _value;

    public BatchJobState(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static BatchJobState Active { get; } = new BatchJobState("active");

    public static BatchJobState Disabling { get; } = new BatchJobState("disabling");

    public static BatchJobState Disabled { get; } = new BatchJobState("disabled");

    public static BatchJobState Enabling { get; } = new BatchJobState("enabling");

    public static BatchJobState Terminating { get; } = new BatchJobState("terminating");

    public static BatchJobState Completed { get; } = new BatchJobState("completed");

    public static BatchJobState Deleting { get; } = new BatchJobState("deleting");

    /// <summary>A value typed by a user: a known value or member name in any case gives the known value; anything else throws a FormatException listing the valid values.</summary>
    public static BatchJobState Parse(string value) => ExtensibleEnum.Parse<BatchJobState>(value);

    public static implicit operator BatchJobState(string? value) => value is null ? default : new BatchJobState(value);

    /// <summary>The wire value, so that a known value can be assigned to or compared with the string properties of the models.</summary>
    public static implicit operator string(BatchJobState value) => value.ToString();

    public static bool operator ==(BatchJobState left, BatchJobState right) => left.Equals(right);

    public static bool operator !=(BatchJobState left, BatchJobState right) => !left.Equals(right);

    public bool Equals(BatchJobState other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is BatchJobState other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>active</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    BatchJobState IExtensibleEnum<BatchJobState>.FromWireValue(string wireValue) => new BatchJobState(wireValue);
}
