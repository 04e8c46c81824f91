using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The result of a Task execution. Extensible: values added by newer service versions are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<BatchTaskExecutionResult>))]
public readonly struct BatchTaskExecutionResult : IEquatable<BatchTaskExecutionResult>, IExtensibleEnum<BatchTaskExecutionResult>
{
    private readonly string? _value;

    public BatchTaskExecutionResult(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static BatchTaskExecutionResult Success { get; } = new BatchTaskExecutionResult("success");

    public static BatchTaskExecutionResult Failure { get; } = new BatchTaskExecutionResult("failure");

    /// <summary>A value typed by a user: a known value or member name in any case gives the known value; anything else throws a FormatException listing the valid values.</summary>
    public static BatchTaskExecutionResult Parse(string value) => ExtensibleEnum.Parse<BatchTaskExecutionResult>(value);

    public static implicit operator BatchTaskExecutionResult(string? value) => value is null ? default : new BatchTaskExecutionResult(value);

    /// <summary>The wire value, so that a known value can be assigned to or compared with the string properties of the models.</summary>
    public static implicit operator string(BatchTaskExecutionResult value) => value.ToString();

    public static bool operator ==(BatchTaskExecutionResult left, BatchTaskExecutionResult right) => left.Equals(right);

    public static bool operator !=(BatchTaskExecutionResult left, BatchTaskExecutionResult right) => !left.Equals(right);

    public bool Equals(BatchTaskExecutionResult other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is BatchTaskExecutionResult other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>success</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    BatchTaskExecutionResult IExtensibleEnum<BatchTaskExecutionResult>.FromWireValue(string wireValue) => new BatchTaskExecutionResult(wireValue);
}
