using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The action to take on Tasks that depend on a Task that exits this way. Extensible: values added by newer service versions are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<DependencyAction>))]
public readonly struct DependencyAction : IEquatable<DependencyAction>, IExtensibleEnum<DependencyAction>
{
    private readonly string? _value;

    public DependencyAction(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static DependencyAction Satisfy { get; } = new DependencyAction("satisfy");

    public static DependencyAction Block { get; } = new DependencyAction("block");

    /// <summary>A value typed by a user: a known value or member name in any case gives the known value; anything else throws a FormatException listing the valid values.</summary>
    public static DependencyAction Parse(string value) => ExtensibleEnum.Parse<DependencyAction>(value);

    public static implicit operator DependencyAction(string? value) => value is null ? default : new DependencyAction(value);

    /// <summary>The wire value, so that a known value can be assigned to or compared with the string properties of the models.</summary>
    public static implicit operator string(DependencyAction value) => value.ToString();

    public static bool operator ==(DependencyAction left, DependencyAction right) => left.Equals(right);

    public static bool operator !=(DependencyAction left, DependencyAction right) => !left.Equals(right);

    public bool Equals(DependencyAction other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is DependencyAction other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>satisfy</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    DependencyAction IExtensibleEnum<DependencyAction>.FromWireValue(string wireValue) => new DependencyAction(wireValue);
}
