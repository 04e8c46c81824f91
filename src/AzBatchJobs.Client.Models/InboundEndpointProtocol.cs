using System;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Models;

/// <summary>The protocol of an endpoint. Extensible: values added by newer service versions are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<InboundEndpointProtocol>))]
public readonly struct InboundEndpointProtocol : IEquatable<InboundEndpointProtocol>, IExtensibleEnum<InboundEndpointProtocol>
{
    private readonly string? _value;

    public InboundEndpointProtocol(string value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public static InboundEndpointProtocol Tcp { get; } = new InboundEndpointProtocol("tcp");

    public static InboundEndpointProtocol Udp { get; } = new InboundEndpointProtocol("udp");

    /// <summary>A value typed by a user: a known value or member name in any case gives the known value; anything else throws a FormatException listing the valid values.</summary>
    public static InboundEndpointProtocol Parse(string value) => ExtensibleEnum.Parse<InboundEndpointProtocol>(value);

    public static implicit operator InboundEndpointProtocol(string? value) => value is null ? default : new InboundEndpointProtocol(value);

    /// <summary>The wire value, so that a known value can be assigned to or compared with the string properties of the models.</summary>
    public static implicit operator string(InboundEndpointProtocol value) => value.ToString();

    public static bool operator ==(InboundEndpointProtocol left, InboundEndpointProtocol right) => left.Equals(right);

    public static bool operator !=(InboundEndpointProtocol left, InboundEndpointProtocol right) => !left.Equals(right);

    public bool Equals(InboundEndpointProtocol other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is InboundEndpointProtocol other && Equals(other);

    public override int GetHashCode() => _value == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>The wire value, for example <c>tcp</c>.</summary>
    public override string ToString() => _value ?? string.Empty;

    InboundEndpointProtocol IExtensibleEnum<InboundEndpointProtocol>.FromWireValue(string wireValue) => new InboundEndpointProtocol(wireValue);
}
