using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The action to take on the Job containing a Task that exits this way. Extensible: values added by newer service versions are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<BatchJobActionKind>))]
public readonly struct BatchJobActionKind : IEquatable<BatchJobActionKind>, IExtensibleEnum<BatchJobActionKind>
{
    private readonly string? _value;

    public BatchJobActionKind(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static BatchJobActionKind None { get; } = new BatchJobActionKind("none");

    public static BatchJobActionKind Disable { get; } = new BatchJobActionKind("disable");

    public static BatchJobActionKind Terminate { get; } = new BatchJobActionKind("terminate");

    /// <summary>A value typed by a user: a known value or member name in any case gives the known value; anything else throws a FormatException listing the valid values.</summary>
    public static BatchJobActionKind Parse(string value) => ExtensibleEnum.Parse<BatchJobActionKind>(value);

    public static implicit operator BatchJobActionKind(string? value) => value is null ? default : new BatchJobActionKind(value);

    /// <summary>The wire value, so that a known value can be assigned to or compared with the string properties of the models.</summary>
    public static implicit operator string(BatchJobActionKind value) => value.ToString();

    public static bool operator ==(BatchJobActionKind left, BatchJobActionKind right) => left.Equals(right);

    public static bool operator !=(BatchJobActionKind left, BatchJobActionKind right) => !left.Equals(right);

    public bool Equals(BatchJobActionKind other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is BatchJobActionKind other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>none</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    BatchJobActionKind IExtensibleEnum<BatchJobActionKind>.FromWireValue(string wireValue) => new BatchJobActionKind(wireValue);
}
