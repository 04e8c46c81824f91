using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>Where a container Task's working directory is. Extensible: values added by newer service versions are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<ContainerWorkingDirectory>))]
public readonly struct ContainerWorkingDirectory : IEquatable<ContainerWorkingDirectory>, IExtensibleEnum<ContainerWorkingDirectory>
{
    private readonly string? _value;

    public ContainerWorkingDirectory(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static ContainerWorkingDirectory TaskWorkingDirectory { get; } = new ContainerWorkingDirectory("taskWorkingDirectory");

    public static ContainerWorkingDirectory ContainerImageDefault { get; } = new ContainerWorkingDirectory("containerImageDefault");

    /// <summary>A value typed by a user: a known value or member name in any case gives the known value; anything else throws a FormatException listing the valid values.</summary>
    public static ContainerWorkingDirectory Parse(string value) => ExtensibleEnum.Parse<ContainerWorkingDirectory>(value);

    public static implicit operator ContainerWorkingDirectory(string? value) => value is null ? default : new ContainerWorkingDirectory(value);

    /// <summary>The wire value, so that a known value can be assigned to or compared with the string properties of the models.</summary>
    public static implicit operator string(ContainerWorkingDirectory value) => value.ToString();

    public static bool operator ==(ContainerWorkingDirectory left, ContainerWorkingDirectory right) => left.Equals(right);

    public static bool operator !=(ContainerWorkingDirectory left, ContainerWorkingDirectory right) => !left.Equals(right);

    public bool Equals(ContainerWorkingDirectory other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is ContainerWorkingDirectory other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>taskWorkingDirectory</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    ContainerWorkingDirectory IExtensibleEnum<ContainerWorkingDirectory>.FromWireValue(string wireValue) => new ContainerWorkingDirectory(wireValue);
}
