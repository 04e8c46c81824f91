using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>A disk the Batch service encrypts on the compute node. Extensible: values added by newer service versions are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<DiskEncryptionTarget>))]
public readonly struct DiskEncryptionTarget : IEquatable<DiskEncryptionTarget>, IExtensibleEnum<DiskEncryptionTarget>
{
    private readonly string? _value;

    public DiskEncryptionTarget(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static DiskEncryptionTarget OsDisk { get; } = new DiskEncryptionTarget("osdisk");

    public static DiskEncryptionTarget TemporaryDisk { get; } = new DiskEncryptionTarget("temporarydisk");

    /// <summary>A value typed by a user: a known value or member name in any case gives the known value; anything else throws a FormatException listing the valid values.</summary>
    public static DiskEncryptionTarget Parse(string value) => ExtensibleEnum.Parse<DiskEncryptionTarget>(value);

    public static implicit operator DiskEncryptionTarget(string? value) => value is null ? default : new DiskEncryptionTarget(value);

    /// <summary>The wire value, so that a known value can be assigned to or compared with the string properties of the models.</summary>
    public static implicit operator string(DiskEncryptionTarget value) => value.ToString();

    public static bool operator ==(DiskEncryptionTarget left, DiskEncryptionTarget right) => left.Equals(right);

    public static bool operator !=(DiskEncryptionTarget left, DiskEncryptionTarget right) => !left.Equals(right);

    public bool Equals(DiskEncryptionTarget other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is DiskEncryptionTarget other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>osdisk</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    DiskEncryptionTarget IExtensibleEnum<DiskEncryptionTarget>.FromWireValue(string wireValue) => new DiskEncryptionTarget(wireValue);
}
