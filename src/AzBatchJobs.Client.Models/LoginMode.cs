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

    /// <summary>A value typed by a user: a known value or member name in any case gives the known value; anything else throws a FormatException listing the valid values.</summary>
    public static LoginMode Parse(string value) => ExtensibleEnum.Parse<LoginMode>(value);

    public static implicit operator LoginMode(string? value) => value is null ? default : new LoginMode(value);

    /// <summary>The wire value, so that a known value can be assigned to or compared with the string properties of the models.</summary>
    public static implicit operator string(LoginMode value) => value.ToString();

    public static bool operator ==(LoginMode left, LoginMode right) => left.Equals(right);

    public static bool operator !=(LoginMode left, LoginMode right) => !left.Equals(right);

    public bool Equals(LoginMode other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is LoginMode other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>batch</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    LoginMode IExtensibleEnum<LoginMode>.FromWireValue(string wireValue) => new LoginMode(wireValue);
}
