using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The access control policy execution mode of a host endpoint. Extensible: values added by newer service versions are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<HostEndpointSettingsModeTypes>))]
public readonly struct HostEndpointSettingsModeTypes : IEquatable<HostEndpointSettingsModeTypes>, IExtensibleEnum<HostEndpointSettingsModeTypes>
{
    private readonly string? _value;

    public HostEndpointSettingsModeTypes(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static HostEndpointSettingsModeTypes Audit { get; } = new HostEndpointSettingsModeTypes("Audit");

    public static HostEndpointSettingsModeTypes Enforce { get; } = new HostEndpointSettingsModeTypes("Enforce");

    /// <summary>A value typed by a user: a known value or member name in any case gives the known value; anything else throws a FormatException listing the valid values.</summary>
    public static HostEndpointSettingsModeTypes Parse(string value) => ExtensibleEnum.Parse<HostEndpointSettingsModeTypes>(value);

    public static implicit operator HostEndpointSettingsModeTypes(string? value) => value is null ? default : new HostEndpointSettingsModeTypes(value);

    /// <summary>The wire value, so that a known value can be assigned to or compared with the string properties of the models.</summary>
    public static implicit operator string(HostEndpointSettingsModeTypes value) => value.ToString();

    public static bool operator ==(HostEndpointSettingsModeTypes left, HostEndpointSettingsModeTypes right) => left.Equals(right);

    public static bool operator !=(HostEndpointSettingsModeTypes left, HostEndpointSettingsModeTypes right) => !left.Equals(right);

    public bool Equals(HostEndpointSettingsModeTypes other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is HostEndpointSettingsModeTypes other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>Audit</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    HostEndpointSettingsModeTypes IExtensibleEnum<HostEndpointSettingsModeTypes>.FromWireValue(string wireValue) => new HostEndpointSettingsModeTypes(wireValue);
}
