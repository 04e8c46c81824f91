using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The storage account type of a disk. Extensible: values added by newer service versions are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<StorageAccountType>))]
public readonly struct StorageAccountType : IEquatable<StorageAccountType>, IExtensibleEnum<StorageAccountType>
{
    private readonly string? _value;

    public StorageAccountType(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static StorageAccountType StandardLRS { get; } = new StorageAccountType("standard_lrs");

    public static StorageAccountType PremiumLRS { get; } = new StorageAccountType("premium_lrs");

    public static StorageAccountType StandardSSDLRS { get; } = new StorageAccountType("standardssd_lrs");

    /// <summary>A value typed by a user: a known value or member name in any case gives the known value; anything else throws a FormatException listing the valid values.</summary>
    public static StorageAccountType Parse(string value) => ExtensibleEnum.Parse<StorageAccountType>(value);

    public static implicit operator StorageAccountType(string? value) => value is null ? default : new StorageAccountType(value);

    /// <summary>The wire value, so that a known value can be assigned to or compared with the string properties of the models.</summary>
    public static implicit operator string(StorageAccountType value) => value.ToString();

    public static bool operator ==(StorageAccountType left, StorageAccountType right) => left.Equals(right);

    public static bool operator !=(StorageAccountType left, StorageAccountType right) => !left.Equals(right);

    public bool Equals(StorageAccountType other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is StorageAccountType other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>standard_lrs</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    StorageAccountType IExtensibleEnum<StorageAccountType>.FromWireValue(string wireValue) => new StorageAccountType(wireValue);
}
