using System.Text.Json.Nodes;

namespace AzBatchJobs.Emulator.Api.Schema;

/// <summary>What a property's value must be: one of the shapes below.</summary>
internal abstract record Shape;

/// <summary>A string of at most <paramref name="MaxLength"/> characters; <paramref name="IsId"/> adds the id rule; a secret's value never appears in an error.</summary>
internal sealed record TextShape(int MaxLength = int.MaxValue, bool IsId = false, bool IsSecret = false) : Shape;

/// <summary>An integer from <paramref name="Min"/> to <paramref name="Max"/>.</summary>
internal sealed record IntegerShape(long Min, long Max) : Shape;

internal sealed record BooleanShape : Shape;

/// <summary>An ISO 8601 duration, never negative, within the bounds; stored as the service returns it (days, hours, minutes, seconds).</summary>
internal sealed record DurationShape(TimeSpan? Min = null, TimeSpan? Max = null) : Shape;

/// <summary>An RFC 3339 date-time; stored in UTC, as the emulator writes its own times.</summary>
internal sealed record DateTimeShape : Shape;

/// <summary>One of the values (matched ignoring case, stored in the spec's spelling).</summary>
internal sealed record EnumShape(IReadOnlyList<string> Values) : Shape;

/// <summary>A JSON object following the named definition.</summary>
internal sealed record ObjectShape(string Definition) : Shape;

internal sealed record ArrayShape(Shape Items) : Shape;

/// <summary>A property of a definition: its shape, whether it is required, and the default the service fills in.</summary>
internal sealed record Property(string Name, Shape Shape, bool Required, JsonNode? Default);

/// <summary>Of these properties exactly one must be given.</summary>
internal sealed record OneOfRule(IReadOnlyList<string> Names);

/// <summary>
/// A rule across the properties of one object that the spec states in words; when broken, the
/// error names <paramref name="Property"/>, a property of the object or a dotted path into it
/// (or the object itself when it is null).
/// </summary>
internal sealed record ObjectRule(string? Property, Func<JsonObject, bool> IsBroken, string Reason);

/// <summary>A definition of the spec: the writable properties a request may carry, and the rules across them.</summary>
internal sealed record Definition(
    string Name, IReadOnlyList<Property> Properties, IReadOnlyList<OneOfRule> OneOf, IReadOnlyList<ObjectRule> Rules);
