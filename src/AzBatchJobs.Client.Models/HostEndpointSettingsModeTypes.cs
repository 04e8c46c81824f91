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

    public static implicit operator HostEndpointSettingsModeTypes(string value) => new HostEndpointSettingsModeTypes(value);

    public static bool operator ==(HostEndpointSettingsModeTypes left, HostEndpointSettingsModeTypes right) => left.Equals(right);

    public static bool operator !=(HostEndpointSettingsModeTypes left, HostEndpointSettingsModeTypes right) => !left.Equals(right);

    public bool Equals(HostEndpointSettingsModeTypes other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is HostEndpointSettingsModeTypes other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>Audit</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    HostEndpointSettingsModeTypes IExtensibleEnum<HostEndpointSettingsModeTypes>.FromWireValue(string wireValue) => new HostEndpointSettingsModeTypes(wireValue);
}
