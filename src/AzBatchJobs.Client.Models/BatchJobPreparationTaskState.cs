using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The state of a Job Preparation Task on a Compute Node. Extensible: values added by newer service versions are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<BatchJobPreparationTaskState>))]
public readonly struct BatchJobPreparationTaskState : IEquatable<BatchJobPreparationTaskState>, IExtensibleEnum<BatchJobPreparationTaskState>
{
    private readonly string? _value;

    public BatchJobPreparationTaskState(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static BatchJobPreparationTaskState Running { get; } = new BatchJobPreparationTaskState("running");

    public static BatchJobPreparationTaskState Completed { get; } = new BatchJobPreparationTaskState("completed");

    /// <summary>A value typed by a user: a known value or member name in any case gives the known value; anything else throws a FormatException listing the valid values.</summary>
    public static BatchJobPreparationTaskState Parse(string value) => ExtensibleEnum.Parse<BatchJobPreparationTaskState>(value);

    public static implicit operator BatchJobPreparationTaskState(string? value) => value is null ? default : new BatchJobPreparationTaskState(value);

    /// <summary>The wire value, so that a known value can be assigned to or compared with the string properties of the models.</summary>
    public static implicit operator string(BatchJobPreparationTaskState value) => value.ToString();

    public static bool operator ==(BatchJobPreparationTaskState left, BatchJobPreparationTaskState right) => left.Equals(right);

    public static bool operator !=(BatchJobPreparationTaskState left, BatchJobPreparationTaskState right) => !left.Equals(right);

    public bool Equals(BatchJobPreparationTaskState other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is BatchJobPreparationTaskState other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>running</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    BatchJobPreparationTaskState IExtensibleEnum<BatchJobPreparationTaskState>.FromWireValue(string wireValue) => new BatchJobPreparationTaskState(wireValue);
}
