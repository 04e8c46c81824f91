using System;
using System.Collections.Generic;
using System.Text;

namespace AzBatchJobs.Client.Bulk;

/// <summary>The $filter that lists given tasks of a job by id (<c>id eq 'a' or id eq 'b' ...</c>), in chunks
/// whose URL-encoded filter stays under <see cref="MaxEncodedLength"/> characters, so that the whole query
/// string stays under the 2,048 characters every front end accepts.</summary>
internal static class TaskIdFilter
{
    /// <summary>Room for the filter in the query string, beside api-version, $select and maxresults.</summary>
    public const int MaxEncodedLength = 1800;

    // "id eq '" + id + "'" and " or " between clauses, as Uri.EscapeDataString writes them
    // (space %20, quote %27); task ids are letters, digits, hyphens and underscores, never escaped.
    private const int EncodedClauseOverhead = 16;
    private const int EncodedSeparator = 8;

    public static string For(IReadOnlyList<string> ids)
    {
        var filter = new StringBuilder();
        foreach (var id in ids)
        {
            if (filter.Length > 0)
            {
                filter.Append(" or ");
            }

            filter.Append("id eq '").Append(id).Append('\'');
        }

        return filter.ToString();
    }

    /// <summary>Splits the tasks into groups, each listed by one request.</summary>
    public static List<List<PendingTask>> Chunks(IReadOnlyList<PendingTask> tasks)
    {
        var chunks = new List<List<PendingTask>>();
        var current = new List<PendingTask>();
        int length = 0;
        foreach (var task in tasks)
        {
            int clause = EncodedClauseOverhead + task.Id.Length + (current.Count > 0 ? EncodedSeparator : 0);
            if (current.Count > 0 && length + clause > MaxEncodedLength)
            {
                chunks.Add(current);
                current = new List<PendingTask>();
                length = 0;
                clause -= EncodedSeparator;
            }

            current.Add(task);
            length += clause;
        }

        if (current.Count > 0)
        {
            chunks.Add(current);
        }

        return chunks;
    }

    public static List<string> Ids(IReadOnlyList<PendingTask> tasks)
    {
        var ids = new List<string>(tasks.Count);
        foreach (var task in tasks)
        {
            ids.Add(task.Id);
        }

        return ids;
    }
}
