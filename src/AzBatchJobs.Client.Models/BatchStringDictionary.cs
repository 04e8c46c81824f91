using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;

namespace AzBatchJobs.Client.Models;

/// <summary>
/// A string-to-string map of a model (e.g. a VM extension's settings). A class rather than
/// IDictionary&lt;string, string&gt;, with a constructor from any dictionary, so that PowerShell
/// converts a hashtable to it.
/// </summary>
public sealed class BatchStringDictionary : Dictionary<string, string?>
{
    public BatchStringDictionary()
    {
    }

    /// <summary>Copies the entries; keys and values are turned into strings.</summary>
    public BatchStringDictionary(IDictionary entries)
    {
        if (entries is null) throw new ArgumentNullException(nameof(entries));
        foreach (DictionaryEntry entry in entries)
            this[Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty] = entry.Value is null ? null : Convert.ToString(entry.Value, CultureInfo.InvariantCulture);
    }
}
