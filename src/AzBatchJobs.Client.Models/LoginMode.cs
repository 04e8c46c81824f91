using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The login mode of a Windows user. Extensible: values added by newer service versions are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<LoginMode>))]
public readonly struct LoginMode : IEquatable<LoginMode>, IExtensibleEnum<LoginMode>
{
    private readonly string? _value;

    public LoginMode(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static LoginMode Batch { get; } = new LoginMode("batch");

    public static LoginMode Interactive { get; } = new LoginMode("interactive");

    public static implicit operator LoginMode(string value) => new LoginMode(value);

    public static bool operator ==(LoginMode left, LoginMode right) => left.Equals(right);

    public static bool operator !=(LoginMode left, LoginMode right) => !left.Equals(right);

    public bool Equals(LoginMode other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is LoginMode other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>batch</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    LoginMode IExtensibleEnum<LoginMode>.FromWireValue(string wireValue) => new LoginMode(wireValue);
}
