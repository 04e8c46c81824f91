using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>When an output file is uploaded. Extensible: values added by newer service versions are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<OutputFileUploadCondition>))]
public readonly struct OutputFileUploadCondition : IEquatable<OutputFileUploadCondition>, IExtensibleEnum<OutputFileUploadCondition>
{
    private readonly string? _value;

    public OutputFileUploadCondition(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static OutputFileUploadCondition TaskSuccess { get; } = new OutputFileUploadCondition("tasksuccess");

    public static OutputFileUploadCondition TaskFailure { get; } = new OutputFileUploadCondition("taskfailure");

    public static OutputFileUploadCondition TaskCompletion { get; } = new OutputFileUploadCondition("taskcompletion");

    /// <summary>A value typed by a user: a known value or member name in any case gives the known value; anything else throws a FormatException listing the valid values.</summary>
    public static OutputFileUploadCondition Parse(string value) => ExtensibleEnum.Parse<OutputFileUploadCondition>(value);

    public static implicit operator OutputFileUploadCondition(string? value) => value is null ? default : new OutputFileUploadCondition(value);

    /// <summary>The wire value, so that a known value can be assigned to or compared with the string properties of the models.</summary>
    public static implicit operator string(OutputFileUploadCondition value) => value.ToString();

    public static bool operator ==(OutputFileUploadCondition left, OutputFileUploadCondition right) => left.Equals(right);

    public static bool operator !=(OutputFileUploadCondition left, OutputFileUploadCondition right) => !left.Equals(right);

    public bool Equals(OutputFileUploadCondition other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is OutputFileUploadCondition other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>tasksuccess</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    OutputFileUploadCondition IExtensibleEnum<OutputFileUploadCondition>.FromWireValue(string wireValue) => new OutputFileUploadCondition(wireValue);
}
