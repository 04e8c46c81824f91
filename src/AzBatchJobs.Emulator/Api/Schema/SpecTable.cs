using System.Text.Json.Nodes;

namespace AzBatchJobs.Emulator.Api.Schema;

/// <summary>
/// The service's request rules, read once from the 2025-06-01 spec (BatchService.json, "definitions"):
/// for each definition a request body reaches, its writable properties with their type, enum, range,
/// whether they are required and the default the service fills in, and the one-of rules its
/// descriptions state. <see cref="SchemaValidator"/> checks bodies against it and <see cref="SchemaDefaults"/>
/// fills the defaults in; the emulator's tests walk the same table.
/// A name ending in "Update" (the spec's PATCH variants, such as BatchPoolInfoUpdate) is the definition
/// without that suffix with nothing required and no defaults; its object properties are Update variants
/// too, its array items are not (as in the spec).
/// </summary>
internal static partial class SpecTable
{
    public const string UnlimitedDuration = "P10675199DT2H48M5.4775807S";
    private const string UpdateSuffix = "Update";

    private static readonly Dictionary<string, Definition> Definitions = new(StringComparer.Ordinal);

    static SpecTable()
    {
        AddJobDefinitions();
        AddJobScheduleDefinitions();
        AddTaskDefinitions();
        AddCommonDefinitions();
        AddPoolDefinitions();
    }

    /// <summary>The definitions written in the table (not the derived Update variants).</summary>
    public static IEnumerable<Definition> All => Definitions.Values.Where(d => !d.Name.EndsWith(UpdateSuffix, StringComparison.Ordinal));

    public static Definition Get(string name)
    {
        lock (Definitions)
        {
            if (Definitions.TryGetValue(name, out Definition? definition))
            {
                return definition;
            }
            if (!name.EndsWith(UpdateSuffix, StringComparison.Ordinal))
            {
                throw new KeyNotFoundException($"The spec table has no definition {name}.");
            }
            Definition strict = Get(name[..^UpdateSuffix.Length]);
            definition = strict with { Name = name, Properties = strict.Properties.Select(Relax).ToList() };
            Definitions[name] = definition;
            return definition;
        }
    }

    private static Property Relax(Property property) => property with
    {
        Required = false,
        Default = null,
        Shape = property.Shape is ObjectShape nested ? new ObjectShape(nested.Definition + UpdateSuffix) : property.Shape,
    };

    // ------------------------------------------------------------------ the table's vocabulary

    private static void Define(string name, params object[] members) =>
        Definitions.Add(name, new Definition(name,
            members.OfType<Property>().ToList(), members.OfType<OneOfRule>().ToList(), members.OfType<ObjectRule>().ToList()));

    private static Property Required(string name, Shape shape) => new(name, shape, true, null);

    private static Property Optional(string name, Shape shape, JsonNode? @default = null) => new(name, shape, false, @default);

    private static OneOfRule ExactlyOneOf(params string[] names) => new(names);

    private static ObjectRule Rule(string? property, Func<JsonObject, bool> isBroken, string reason) => new(property, isBroken, reason);

    private static readonly Shape Text = new TextShape();
    private static readonly Shape Secret = new TextShape(IsSecret: true);
    private static readonly Shape Id = new TextShape(64, IsId: true);
    private static readonly Shape DisplayName = new TextShape(1024);
    private static readonly Shape CommandLine = new TextShape(32768);
    private static readonly Shape Bool = new BooleanShape();
    private static readonly Shape Int32 = new IntegerShape(int.MinValue, int.MaxValue);
    private static readonly Shape RetryCount = new IntegerShape(-1, int.MaxValue);
    private static readonly Shape Duration = new DurationShape();
    private static readonly Shape DateTimeValue = new DateTimeShape();

    private static Shape TextUpTo(int maxLength) => new TextShape(maxLength);

    private static Shape Int(long min, long max) => new IntegerShape(min, max);

    private static Shape DurationBetween(TimeSpan? min, TimeSpan? max) => new DurationShape(min, max);

    private static Shape Enum(params string[] values) => new EnumShape(values);

    private static Shape Object(string definition) => new ObjectShape(definition);

    private static Shape ArrayOf(Shape items) => new ArrayShape(items);

    private static Shape ListOf(string definition) => new ArrayShape(new ObjectShape(definition));

    private static bool Has(JsonObject body, string name) => body[name] is not null;

    private static string? TextAt(JsonObject body, string path) =>
        SchemaValidator.At(body, path) is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    private static long? Integer(JsonObject body, string name) => SchemaValidator.TryGetInteger(body[name], out long number) ? number : null;

    private static JsonNode AutoUser() => new JsonObject
    {
        ["autoUser"] = new JsonObject { ["scope"] = "pool", ["elevationLevel"] = "nonadmin" },
    };
}
