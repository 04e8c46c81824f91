using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The encryption type of a managed disk. Extensible: values added by newer service versions are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<SecurityEncryptionTypes>))]
public readonly struct SecurityEncryptionTypes : IEquatable<SecurityEncryptionTypes>, IExtensibleEnum<SecurityEncryptionTypes>
{
    private readonly string? _value;

    public SecurityEncryptionTypes(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static SecurityEncryptionTypes DiskWithVMGuestState { get; } = new SecurityEncryptionTypes("DiskWithVMGuestState");

    public static SecurityEncryptionTypes NonPersistedTPM { get; } = new SecurityEncryptionTypes("NonPersistedTPM");

    public static SecurityEncryptionTypes VMGuestStateOnly { get; } = new SecurityEncryptionTypes("VMGuestStateOnly");

    /// <summary>A value typed by a user: a known value or member name in any case gives the known value; anything else throws a FormatException listing the valid values.</summary>
    public static SecurityEncryptionTypes Parse(string value) => ExtensibleEnum.Parse<SecurityEncryptionTypes>(value);

    public static implicit operator SecurityEncryptionTypes(string? value) => value is null ? default : new SecurityEncryptionTypes(value);

    /// <summary>The wire value, so that a known value can be assigned to or compared with the string properties of the models.</summary>
    public static implicit operator string(SecurityEncryptionTypes value) => value.ToString();

    public static bool operator ==(SecurityEncryptionTypes left, SecurityEncryptionTypes right) => left.Equals(right);

    public static bool operator !=(SecurityEncryptionTypes left, SecurityEncryptionTypes right) => !left.Equals(right);

    public bool Equals(SecurityEncryptionTypes other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is SecurityEncryptionTypes other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>DiskWithVMGuestState</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    SecurityEncryptionTypes IExtensibleEnum<SecurityEncryptionTypes>.FromWireValue(string wireValue) => new SecurityEncryptionTypes(wireValue);
}
