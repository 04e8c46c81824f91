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

    public static implicit operator DisableBatchJobOption(string value) => new DisableBatchJobOption(value);

    public static bool operator ==(DisableBatchJobOption left, DisableBatchJobOption right) => left.Equals(right);

    public static bool operator !=(DisableBatchJobOption left, DisableBatchJobOption right) => !left.Equals(right);

    public bool Equals(DisableBatchJobOption other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is DisableBatchJobOption other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>requeue</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    DisableBatchJobOption IExtensibleEnum<DisableBatchJobOption>.FromWireValue(string wireValue) => new DisableBatchJobOption(wireValue);
}
