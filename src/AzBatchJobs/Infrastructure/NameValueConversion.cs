using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs;

/// <summary>Hashtables as users write them (@{ NAME = 'value' }) to the name/value lists of the wire model.</summary>
internal static class NameValueConversion
{
    public static EnvironmentSetting[] ToEnvironmentSettings(IDictionary? values) =>
        Pairs(values).Select(pair => new EnvironmentSetting { Name = pair.Key, Value = pair.Value }).ToArray();

    public static BatchMetadataItem[] ToMetadata(IDictionary? values) =>
        Pairs(values).Select(pair => new BatchMetadataItem { Name = pair.Key, Value = pair.Value }).ToArray();

    private static IEnumerable<KeyValuePair<string, string?>> Pairs(IDictionary? values)
    {
        if (values is null) yield break;
        foreach (DictionaryEntry entry in values)
            yield return new KeyValuePair<string, string?>(
                System.Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "",
                entry.Value is null ? null : System.Convert.ToString(entry.Value, CultureInfo.InvariantCulture));
    }
}
