using System.Text.Json.Nodes;

namespace AzBatchJobs.Emulator.Api.Schema;

/// <summary>
/// An update (PATCH) or replace (PUT) of a stored document by a body already checked against its
/// definition: the properties the definition names are taken from the body (on a replace, those the
/// body leaves out are removed), the defaults are filled in, and the document as changed must still be
/// one the service would have created: a PATCH of part of a nested object (networkConfiguration
/// without subnetId, a jobSpecification without poolInfo) is refused rather than stored.
/// </summary>
internal static class DocumentChange
{
    /// <param name="stored">The definition the whole document follows.</param>
    public static void Apply(JsonObject doc, JsonObject body, string definition, bool replaceAll, string stored)
    {
        foreach (Property property in SpecTable.Get(definition).Properties)
        {
            if (replaceAll)
            {
                doc.Remove(property.Name);
            }
            if (body[property.Name] is { } value)
            {
                doc[property.Name] = value.DeepClone();
            }
        }
        SchemaDefaults.Apply(doc, stored);
        if (SchemaValidator.Check(doc, stored) is [var first, ..])
        {
            throw first.ToException();
        }
    }
}
