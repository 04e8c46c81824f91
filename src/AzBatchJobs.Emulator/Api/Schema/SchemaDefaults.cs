using System.Text.Json.Nodes;

namespace AzBatchJobs.Emulator.Api.Schema;

/// <summary>Fills in the defaults the spec documents (and the service returns) for properties left out, in nested objects too.</summary>
internal static class SchemaDefaults
{
    public static void Apply(JsonObject body, string definition) => Apply(body, SpecTable.Get(definition));

    private static void Apply(JsonObject body, Definition definition)
    {
        foreach (Property property in definition.Properties)
        {
            if (body[property.Name] is null && property.Default is not null)
            {
                body[property.Name] = property.Default.DeepClone();
            }
            switch (property.Shape, body[property.Name])
            {
                case (ObjectShape nested, JsonObject child):
                    Apply(child, SpecTable.Get(nested.Definition));
                    break;
                case (ArrayShape { Items: ObjectShape nested }, JsonArray items):
                    foreach (JsonObject item in items.OfType<JsonObject>())
                    {
                        Apply(item, SpecTable.Get(nested.Definition));
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
