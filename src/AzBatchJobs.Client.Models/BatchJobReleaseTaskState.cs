using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The state of a Job Release Task on a Compute Node. Extensible: values added by newer service versions are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<BatchJobReleaseTaskState>))]
public readonly struct BatchJobReleaseTaskState : IEquatable<BatchJobReleaseTaskState>, IExtensibleEnum<BatchJobReleaseTaskState>
{
    private readonly string? _value;

    public BatchJobReleaseTaskState(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static BatchJobReleaseTaskState Running { get; } = new BatchJobReleaseTaskState("running");

    public static BatchJobReleaseTaskState Completed { get; } = new BatchJobReleaseTaskState("completed");

    /// <summary>A value typed by a user: a known value or member name in any case gives the known value; anything else throws a FormatException listing the valid values.</summary>
    public static BatchJobReleaseTaskState Parse(string value) => ExtensibleEnum.Parse<BatchJobReleaseTaskState>(value);

    public static implicit operator BatchJobReleaseTaskState(string? value) => value is null ? default : new BatchJobReleaseTaskState(value);

    /// <summary>The wire value, so that a known value can be assigned to or compared with the string properties of the models.</summary>
    public static implicit operator string(BatchJobReleaseTaskState value) => value.ToString();

    public static bool operator ==(BatchJobReleaseTaskState left, BatchJobReleaseTaskState right) => left.Equals(right);

    public static bool operator !=(BatchJobReleaseTaskState left, BatchJobReleaseTaskState right) => !left.Equals(right);

    public bool Equals(BatchJobReleaseTaskState other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is BatchJobReleaseTaskState other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>running</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    BatchJobReleaseTaskState IExtensibleEnum<BatchJobReleaseTaskState>.FromWireValue(string wireValue) => new BatchJobReleaseTaskState(wireValue);
}
