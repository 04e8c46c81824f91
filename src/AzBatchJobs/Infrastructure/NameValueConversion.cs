using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using AzBatchJobs.Client.Models;

namespace AzBatchJobs;

/// <summary>Hashtables as users write them (@{ NAME = 'value' }) to the name/value lists of the wire model.</summary>
internal static class NameValueConversion
{
    public static List<EnvironmentSetting> ToEnvironmentSettings(IDictionary? values)
    {
        var result = new List<EnvironmentSetting>();
        foreach (var pair in Pairs(values)) result.Add(new EnvironmentSetting { Name = pair.Key, Value = pair.Value });
        return result;
    }

    public static List<BatchMetadataItem> ToMetadata(IDictionary? values)
    {
        var result = new List<BatchMetadataItem>();
        foreach (var pair in Pairs(values)) result.Add(new BatchMetadataItem { Name = pair.Key, Value = pair.Value });
        return result;
    }

    private static IEnumerable<KeyValuePair<string, string?>> Pairs(IDictionary? values)
    {
        if (values is null) yield break;
        foreach (DictionaryEntry entry in values)
            yield return new KeyValuePair<string, string?>(
                System.Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "",
                entry.Value is null ? null : System.Convert.ToString(entry.Value, CultureInfo.InvariantCulture));
    }
}
