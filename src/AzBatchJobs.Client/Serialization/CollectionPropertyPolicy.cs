using System;
using System.Collections;
using System.Text.Json.Serialization.Metadata;

namespace AzBatchJobs.Client.Serialization;

/// <summary>
/// Type-info modifier for collection properties of the models: an empty collection is not
/// written (it means the same as an absent one, except where marked
/// <see cref="WriteWhenEmptyAttribute"/>), and a JSON <c>null</c> leaves the property's
/// initialised empty collection in place instead of replacing it with null.
/// </summary>
internal static class CollectionPropertyPolicy
{
    public static void Apply(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (JsonPropertyInfo property in typeInfo.Properties)
        {
            if (!IsCollection(property.PropertyType))
            {
                continue;
            }

            Action<object, object?>? set = property.Set;
            if (set != null)
            {
                property.Set = (owner, value) =>
                {
                    if (value != null)
                    {
                        set(owner, value);
                    }
                };
            }

            bool writeWhenEmpty = property.AttributeProvider?.IsDefined(typeof(WriteWhenEmptyAttribute), inherit: true) == true;
            if (!writeWhenEmpty)
            {
                property.ShouldSerialize = (_, value) => value is ICollection collection ? collection.Count > 0 : value != null;
            }
        }
    }

    private static bool IsCollection(Type type) =>
        type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type);
}
