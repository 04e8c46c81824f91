using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The ephemeral OS disk placement. Extensible: values added by newer service versions are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<DiffDiskPlacement>))]
public readonly struct DiffDiskPlacement : IEquatable<DiffDiskPlacement>, IExtensibleEnum<DiffDiskPlacement>
{
    private readonly string? _value;

    public DiffDiskPlacement(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static DiffDiskPlacement CacheDisk { get; } = new DiffDiskPlacement("cachedisk");

    /// <summary>A value typed by a user: a known value or member name in any case gives the known value; anything else throws a FormatException listing the valid values.</summary>
    public static DiffDiskPlacement Parse(string value) => ExtensibleEnum.Parse<DiffDiskPlacement>(value);

    public static implicit operator DiffDiskPlacement(string? value) => value is null ? default : new DiffDiskPlacement(value);

    /// <summary>The wire value, so that a known value can be assigned to or compared with the string properties of the models.</summary>
    public static implicit operator string(DiffDiskPlacement value) => value.ToString();

    public static bool operator ==(DiffDiskPlacement left, DiffDiskPlacement right) => left.Equals(right);

    public static bool operator !=(DiffDiskPlacement left, DiffDiskPlacement right) => !left.Equals(right);

    public bool Equals(DiffDiskPlacement other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is DiffDiskPlacement other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>cachedisk</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    DiffDiskPlacement IExtensibleEnum<DiffDiskPlacement>.FromWireValue(string wireValue) => new DiffDiskPlacement(wireValue);
}
