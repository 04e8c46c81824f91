using System.Text.Json.Nodes;

namespace AzBatchJobs.Emulator.Api.Schema;

/// <summary>
/// What the service does to a body's properties beyond checking them: fills in the defaults the spec
/// documents (and the service returns) for properties left out, and leaves secrets (x-ms-secret:
/// passwords, keys) out of what it answers. Nested objects and arrays of objects are followed.
/// </summary>
internal static class SchemaDefaults
{
    public static void Apply(JsonObject body, string definition) =>
        Walk(body, SpecTable.Get(definition), (value, property) =>
        {
            if (value[property.Name] is null && property.Default is not null)
            {
                value[property.Name] = property.Default.DeepClone();
            }
        });

    public static void RemoveSecrets(JsonObject entity, string definition) =>
        Walk(entity, SpecTable.Get(definition), (value, property) =>
        {
            if (property.Shape is TextShape { IsSecret: true })
            {
                value.Remove(property.Name);
            }
        });

    private static void Walk(JsonObject body, Definition definition, Action<JsonObject, Property> visit)
    {
        foreach (Property property in definition.Properties)
        {
            visit(body, property);
            switch (property.Shape, body[property.Name])
            {
                case (ObjectShape nested, JsonObject child):
                    Walk(child, SpecTable.Get(nested.Definition), visit);
                    break;
                case (ArrayShape { Items: ObjectShape nested }, JsonArray items):
                    foreach (JsonObject item in items.OfType<JsonObject>())
                    {
                        Walk(item, SpecTable.Get(nested.Definition), visit);
                    }
                    break;
            }
        }
    }

    /// <summary>A copy of the body's properties that the definition names (unknown properties are not stored).</summary>
    public static JsonObject CopyKnown(JsonObject body, string definition)
    {
        var copy = new JsonObject();
        foreach (Property property in SpecTable.Get(definition).Properties)
        {
            if (body[property.Name] is { } value)
            {
                copy[property.Name] = value.DeepClone();
            }
        }
        return copy;
    }
}
