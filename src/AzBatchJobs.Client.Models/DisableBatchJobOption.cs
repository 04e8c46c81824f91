using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>What to do with active Tasks when a Job is disabled. Extensible: values added by newer service versions are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<DisableBatchJobOption>))]
public readonly struct DisableBatchJobOption : IEquatable<DisableBatchJobOption>, IExtensibleEnum<DisableBatchJobOption>
{
    private readonly string? _value;

    public DisableBatchJobOption(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static DisableBatchJobOption Requeue { get; } = new DisableBatchJobOption("requeue");

    public static DisableBatchJobOption Terminate { get; } = new DisableBatchJobOption("terminate");

    public static DisableBatchJobOption Wait { get; } = new DisableBatchJobOption("wait");

    /// <summary>A value typed by a user: a known value or member name in any case gives the known value; anything else throws a FormatException listing the valid values.</summary>
    public static DisableBatchJobOption Parse(string value) => ExtensibleEnum.Parse<DisableBatchJobOption>(value);

    public static implicit operator DisableBatchJobOption(string? value) => value is null ? default : new DisableBatchJobOption(value);

    /// <summary>The wire value, so that a known value can be assigned to or compared with the string properties of the models.</summary>
    public static implicit operator string(DisableBatchJobOption value) => value.ToString();

    public static bool operator ==(DisableBatchJobOption left, DisableBatchJobOption right) => left.Equals(right);

    public static bool operator !=(DisableBatchJobOption left, DisableBatchJobOption right) => !left.Equals(right);

    public bool Equals(DisableBatchJobOption other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is DisableBatchJobOption other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>requeue</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    DisableBatchJobOption IExtensibleEnum<DisableBatchJobOption>.FromWireValue(string wireValue) => new DisableBatchJobOption(wireValue);
}
