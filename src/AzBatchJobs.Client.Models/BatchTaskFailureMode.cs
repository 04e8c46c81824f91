using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The action the Batch service takes when any Task in the Job fails. Extensible: values added by newer service versions are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<BatchTaskFailureMode>))]
public readonly struct BatchTaskFailureMode : IEquatable<BatchTaskFailureMode>, IExtensibleEnum<BatchTaskFailureMode>
{
    private readonly string? _value;

    public BatchTaskFailureMode(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static BatchTaskFailureMode NoAction { get; } = new BatchTaskFailureMode("noaction");

    public static BatchTaskFailureMode PerformExitOptionsJobAction { get; } = new BatchTaskFailureMode("performexitoptionsjobaction");

    /// <summary>A value typed by a user: a known value or member name in any case gives the known value; anything else throws a FormatException listing the valid values.</summary>
    public static BatchTaskFailureMode Parse(string value) => ExtensibleEnum.Parse<BatchTaskFailureMode>(value);

    public static implicit operator BatchTaskFailureMode(string? value) => value is null ? default : new BatchTaskFailureMode(value);

    /// <summary>The wire value, so that a known value can be assigned to or compared with the string properties of the models.</summary>
    public static implicit operator string(BatchTaskFailureMode value) => value.ToString();

    public static bool operator ==(BatchTaskFailureMode left, BatchTaskFailureMode right) => left.Equals(right);

    public static bool operator !=(BatchTaskFailureMode left, BatchTaskFailureMode right) => !left.Equals(right);

    public bool Equals(BatchTaskFailureMode other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is BatchTaskFailureMode other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>noaction</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    BatchTaskFailureMode IExtensibleEnum<BatchTaskFailureMode>.FromWireValue(string wireValue) => new BatchTaskFailureMode(wireValue);
}
