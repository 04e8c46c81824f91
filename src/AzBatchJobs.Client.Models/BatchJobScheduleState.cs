using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The state of a Job Schedule. Extensible: values added by newer service versions are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<BatchJobScheduleState>))]
public readonly struct BatchJobScheduleState : IEquatable<BatchJobScheduleState>, IExtensibleEnum<BatchJobScheduleState>
{
    private readonly string? _value;

    public BatchJobScheduleState(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Creates Jobs as scheduled.</summary>
    public static BatchJobScheduleState Active { get; } = new BatchJobScheduleState("active");

    /// <summary>Ended, by its end time or by the user terminating it.</summary>
    public static BatchJobScheduleState Completed { get; } = new BatchJobScheduleState("completed");

    /// <summary>Disabled by the user: creates no Job; an existing active Job goes on.</summary>
    public static BatchJobScheduleState Disabled { get; } = new BatchJobScheduleState("disabled");

    /// <summary>Terminating: its active Job is being terminated.</summary>
    public static BatchJobScheduleState Terminating { get; } = new BatchJobScheduleState("terminating");

    /// <summary>Being deleted with all its Jobs and Tasks.</summary>
    public static BatchJobScheduleState Deleting { get; } = new BatchJobScheduleState("deleting");

    /// <summary>A value typed by a user: a known value or member name in any case gives the known value; anything else throws a FormatException listing the valid values.</summary>
    public static BatchJobScheduleState Parse(string value) => ExtensibleEnum.Parse<BatchJobScheduleState>(value);

    public static implicit operator BatchJobScheduleState(string? value) => value is null ? default : new BatchJobScheduleState(value);

    /// <summary>The wire value, so that a known value can be assigned to or compared with the string properties of the models.</summary>
    public static implicit operator string(BatchJobScheduleState value) => value.ToString();

    public static bool operator ==(BatchJobScheduleState left, BatchJobScheduleState right) => left.Equals(right);

    public static bool operator !=(BatchJobScheduleState left, BatchJobScheduleState right) => !left.Equals(right);

    public bool Equals(BatchJobScheduleState other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is BatchJobScheduleState other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>active</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    BatchJobScheduleState IExtensibleEnum<BatchJobScheduleState>.FromWireValue(string wireValue) => new BatchJobScheduleState(wireValue);
}
