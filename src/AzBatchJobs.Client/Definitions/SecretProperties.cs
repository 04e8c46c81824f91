using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Client.Definitions;

/// <summary>
/// The properties the spec marks x-ms-secret (see Models/README.md). Written definitions leave them out:
/// a secret never appears in output.
/// </summary>
internal static class SecretProperties
{
    private static readonly HashSet<(Type, string)> All = new()
    {
        (typeof(ContainerRegistryReference), "password"),
        (typeof(UserAccount), "password"),
        (typeof(LinuxUserConfiguration), "sshPrivateKey"),
        (typeof(AzureBlobFileSystemConfiguration), "accountKey"),
        (typeof(AzureBlobFileSystemConfiguration), "sasKey"),
        (typeof(AzureFileShareConfiguration), "accountKey"),
        (typeof(CifsMountConfiguration), "password"),
    };

    public static bool IsSecret(Type model, string wireName) => All.Contains((model, wireName));

    /// <summary>Removes the secrets from a serialized model, adding the JSON path of each to <paramref name="removed"/>.</summary>
    public static void Remove(JsonNode? node, JsonTypeInfo info, string path, List<string> removed)
    {
        switch (node)
        {
            case JsonObject json when info.Kind == JsonTypeInfoKind.Object:
                foreach (var property in info.Properties)
                {
                    if (!json.TryGetPropertyValue(property.Name, out var value) || value is null) continue;
                    var propertyPath = JsonShapeChecker.Join(path, property.Name);
                    if (IsSecret(info.Type, property.Name))
                    {
                        json.Remove(property.Name);
                        removed.Add(propertyPath);
                    }
                    else
                    {
                        Remove(value, JsonShapeChecker.TypeInfo(property.PropertyType), propertyPath, removed);
                    }
                }
                break;
            case JsonArray array when info.Kind == JsonTypeInfoKind.Enumerable:
                var elementInfo = JsonShapeChecker.TypeInfo(JsonShapeChecker.ElementType(info.Type));
                for (var i = 0; i < array.Count; i++)
                    Remove(array[i], elementInfo, $"{path}[{i.ToString(CultureInfo.InvariantCulture)}]", removed);
                break;
        }
    }
}
