using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>A path on the host mounted into a Task's container. Extensible: values added by newer service versions are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<ContainerHostDataPath>))]
public readonly struct ContainerHostDataPath : IEquatable<ContainerHostDataPath>, IExtensibleEnum<ContainerHostDataPath>
{
    private readonly string? _value;

    public ContainerHostDataPath(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static ContainerHostDataPath Shared { get; } = new ContainerHostDataPath("Shared");

    public static ContainerHostDataPath Startup { get; } = new ContainerHostDataPath("Startup");

    public static ContainerHostDataPath VfsMounts { get; } = new ContainerHostDataPath("VfsMounts");

    public static ContainerHostDataPath Task { get; } = new ContainerHostDataPath("Task");

    public static ContainerHostDataPath JobPrep { get; } = new ContainerHostDataPath("JobPrep");

    public static ContainerHostDataPath Applications { get; } = new ContainerHostDataPath("Applications");

    /// <summary>A value typed by a user: a known value or member name in any case gives the known value; anything else throws a FormatException listing the valid values.</summary>
    public static ContainerHostDataPath Parse(string value) => ExtensibleEnum.Parse<ContainerHostDataPath>(value);

    public static implicit operator ContainerHostDataPath(string? value) => value is null ? default : new ContainerHostDataPath(value);

    /// <summary>The wire value, so that a known value can be assigned to or compared with the string properties of the models.</summary>
    public static implicit operator string(ContainerHostDataPath value) => value.ToString();

    public static bool operator ==(ContainerHostDataPath left, ContainerHostDataPath right) => left.Equals(right);

    public static bool operator !=(ContainerHostDataPath left, ContainerHostDataPath right) => !left.Equals(right);

    public bool Equals(ContainerHostDataPath other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is ContainerHostDataPath other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>Shared</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    ContainerHostDataPath IExtensibleEnum<ContainerHostDataPath>.FromWireValue(string wireValue) => new ContainerHostDataPath(wireValue);
}
