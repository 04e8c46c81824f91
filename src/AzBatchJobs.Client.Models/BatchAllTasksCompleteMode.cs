using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The action the Batch service takes when all Tasks in the Job are complete. Extensible: values added by newer service versions are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<BatchAllTasksCompleteMode>))]
public readonly struct BatchAllTasksCompleteMode : IEquatable<BatchAllTasksCompleteMode>, IExtensibleEnum<BatchAllTasksCompleteMode>
{
    private readonly string? _value;

    public BatchAllTasksCompleteMode(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static BatchAllTasksCompleteMode NoAction { get; } = new BatchAllTasksCompleteMode("noaction");

    public static BatchAllTasksCompleteMode TerminateJob { get; } = new BatchAllTasksCompleteMode("terminatejob");

    /// <summary>A value typed by a user: a known value or member name in any case gives the known value; anything else throws a FormatException listing the valid values.</summary>
    public static BatchAllTasksCompleteMode Parse(string value) => ExtensibleEnum.Parse<BatchAllTasksCompleteMode>(value);

    public static implicit operator BatchAllTasksCompleteMode(string? value) => value is null ? default : new BatchAllTasksCompleteMode(value);

    /// <summary>The wire value, so that a known value can be assigned to or compared with the string properties of the models.</summary>
    public static implicit operator string(BatchAllTasksCompleteMode value) => value.ToString();

    public static bool operator ==(BatchAllTasksCompleteMode left, BatchAllTasksCompleteMode right) => left.Equals(right);

    public static bool operator !=(BatchAllTasksCompleteMode left, BatchAllTasksCompleteMode right) => !left.Equals(right);

    public bool Equals(BatchAllTasksCompleteMode other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is BatchAllTasksCompleteMode other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>noaction</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    BatchAllTasksCompleteMode IExtensibleEnum<BatchAllTasksCompleteMode>.FromWireValue(string wireValue) => new BatchAllTasksCompleteMode(wireValue);
}
