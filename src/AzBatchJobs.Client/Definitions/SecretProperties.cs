using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Client.Definitions;

/// <summary>
/// The properties the spec marks x-ms-secret (see the models' README). Written definitions leave them out:
/// a secret never appears in output. The service never returns them either, so a resource read from it
/// lacks even those the spec requires (a user account's password, a mount's password or key).
/// </summary>
internal static class SecretProperties
{
    private static readonly Dictionary<(Type, string), bool> RequiredByName = new()
    {
        [(typeof(ContainerRegistryReference), "password")] = false,
        [(typeof(UserAccount), "password")] = true,
        [(typeof(LinuxUserConfiguration), "sshPrivateKey")] = false,
        [(typeof(AzureBlobFileSystemConfiguration), "accountKey")] = false,
        [(typeof(AzureBlobFileSystemConfiguration), "sasKey")] = false,
        [(typeof(AzureFileShareConfiguration), "accountKey")] = true,
        [(typeof(CifsMountConfiguration), "password")] = true,
    };

    /// <summary>
    /// Removes the secrets from a serialized model, adding the JSON path of each to <paramref name="missing"/>; with
    /// <paramref name="requiredAbsent"/>, also the paths of the required secrets that are not there.
    /// </summary>
    public static void Remove(JsonNode? node, JsonTypeInfo info, string path, bool requiredAbsent, List<string> missing)
    {
        switch (node)
        {
            case JsonObject json when info.Kind == JsonTypeInfoKind.Object:
                foreach (var property in info.Properties)
                {
                    var propertyPath = JsonShapeChecker.Join(path, property.Name);
                    var present = json.TryGetPropertyValue(property.Name, out var value) && value is not null;
                    if (RequiredByName.TryGetValue((info.Type, property.Name), out var required))
                    {
                        json.Remove(property.Name);
                        if (present || (required && requiredAbsent)) missing.Add(propertyPath);
                    }
                    else if (present)
                    {
                        Remove(value, JsonShapeChecker.TypeInfo(property.PropertyType), propertyPath, requiredAbsent, missing);
                    }
                }
                break;
            case JsonArray array when info.Kind == JsonTypeInfoKind.Enumerable:
                var elementInfo = JsonShapeChecker.TypeInfo(JsonShapeChecker.ElementType(info.Type));
                for (var i = 0; i < array.Count; i++)
                    Remove(array[i], elementInfo, $"{path}[{i.ToString(CultureInfo.InvariantCulture)}]", requiredAbsent, missing);
                break;
        }
    }
}
