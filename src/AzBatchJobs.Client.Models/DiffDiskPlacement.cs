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

    public static implicit operator DiffDiskPlacement(string value) => new DiffDiskPlacement(value);

    public static bool operator ==(DiffDiskPlacement left, DiffDiskPlacement right) => left.Equals(right);

    public static bool operator !=(DiffDiskPlacement left, DiffDiskPlacement right) => !left.Equals(right);

    public bool Equals(DiffDiskPlacement other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is DiffDiskPlacement other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>cachedisk</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    DiffDiskPlacement IExtensibleEnum<DiffDiskPlacement>.FromWireValue(string wireValue) => new DiffDiskPlacement(wireValue);
}
