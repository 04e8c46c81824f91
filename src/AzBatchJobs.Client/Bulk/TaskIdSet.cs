using System;
using System.Collections.Generic;

namespace AzBatchJobs.Client.Bulk;

/// <summary>The ids seen so far in one submission, compared as the service compares them (case-insensitively).
/// Holds ids only, never tasks.</summary>
internal sealed class TaskIdSet
{
    private readonly HashSet<string> ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Records the id; false when it was seen before.</summary>
    public bool Add(string id) => ids.Add(id);
}
